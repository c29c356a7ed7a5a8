package org.advocate.load;

import java.util.List;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.Recipient;

/** Reads a letter's {@code recipient} mapping into a {@link Recipient}, recording every problem. */
final class RecipientReader {
    private RecipientReader() {}

    /**
     * Returns the recipient; a missing one is a problem, and is addressed as "Dear colleagues,".
     *
     * @param r the letter's top-level reader
     */
    static Recipient read(MappingReader r, Problems problems) {
        YamlNode.Mapping map = r.mapping("recipient");
        if (map == null) {
            if (r.mapping().get("recipient") == null) {
                r.problem("recipient", "is required");
            }
            return new Recipient(null, null, null, null, List.of(), "Dear colleagues,", null, null);
        }
        MappingReader m = new MappingReader(map, "recipient", problems);
        String name = m.text("name");
        String honorific = m.text("honorific");
        String title = m.text("title");
        String organization = m.text("organization");
        List<String> address = m.texts("address");
        String salutation = m.text("salutation");
        String firstName = m.text("firstName");
        String lastName = m.text("lastName");
        String district = m.text("district");
        String email = m.text("email");
        String article = OrganizationLoader.article(m, "organizationArticle");
        String country = m.text("country");
        m.rejectUnknown();
        // A name that is there but wrong has its own problem; a blank one is no name.
        boolean badName =
                map.get("name") != null
                        && !(map.get("name") instanceof YamlNode.Text t && t.blank());
        if (name == null && organization == null && !badName) {
            problems.add(map.origin(), "recipient", "needs a name or an organization");
        }
        RecipientNames names = RecipientNames.of(name, honorific, firstName, lastName, salutation);
        return new Recipient(
                name,
                honorific,
                title,
                organization,
                address,
                names.salutation(),
                names.firstName(),
                names.lastName(),
                district,
                article,
                country,
                email == null || email.isBlank() ? null : email.strip());
    }
}
