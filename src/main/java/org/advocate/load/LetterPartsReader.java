package org.advocate.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.CarbonCopy;
import org.advocate.model.LetterParts;
import org.advocate.model.Organization;
import org.advocate.model.Signer;

/**
 * Reads the optional parts of a letter file: {@code signers}, {@code onBehalfOf}, {@code cc},
 * {@code enclosures}, {@code reference} ({@code ours}, {@code yours}), {@code replyBy} and {@code
 * place}; and an organization's {@code signers}. Each mistake is a problem at its file, line and
 * field.
 */
final class LetterPartsReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private LetterPartsReader() {}

    /**
     * @param r the letter's top-level reader
     * @param org the organization, whose signers sign when the letter names none; or null
     * @param dir the folder of the letter file, which signature images must be inside
     * @param date the letter's date, which a reply-by date cannot be before
     */
    static LetterParts read(
            MappingReader r, Organization org, Path dir, LocalDate date, Problems problems) {
        List<Signer> signers = signers(r, dir, dir, problems);
        if (signers.isEmpty() && org != null) {
            signers = org.signers();
        }
        String onBehalfOf = r.text("onBehalfOf");
        List<CarbonCopy> cc = items(r, "cc", problems, LetterPartsReader::carbonCopy);
        List<String> enclosures = r.texts("enclosures");
        String ours = null;
        String yours = null;
        YamlNode.Mapping reference = r.mapping("reference");
        if (reference != null) {
            MappingReader ref = new MappingReader(reference, r.path("reference"), problems);
            ours = ref.text("ours");
            yours = ref.text("yours");
            ref.rejectUnknown();
            if (ours == null && yours == null) {
                r.problem("reference", "give ours, yours or both");
            }
        }
        LocalDate replyBy = replyBy(r, date);
        String place = r.text("place");
        return new LetterParts(signers, onBehalfOf, cc, enclosures, ours, yours, replyBy, place);
    }

    /**
     * The {@code signers:} list of a letter or an organization: each a mapping of {@code name}
     * (required), {@code title}, {@code organization} and {@code signature} (an image inside the
     * campaign folder, checked like the logo).
     */
    static List<Signer> signers(MappingReader r, Path dir, Path campaign, Problems problems) {
        return items(
                r,
                "signers",
                problems,
                s -> {
                    Signer signer =
                            new Signer(
                                    s.requiredText("name"),
                                    s.text("title"),
                                    s.text("organization"),
                                    OrganizationLoader.image(s, "signature", dir, campaign));
                    return signer;
                });
    }

    private static CarbonCopy carbonCopy(MappingReader c) {
        String name = c.requiredText("name");
        String email = c.text("email");
        if (email != null && !EMAIL.matcher(email.strip()).matches()) {
            c.problem(
                    "email",
                    "must be an e-mail address such as name@example.org, not \"" + email + "\"");
            email = null;
        }
        return new CarbonCopy(name, email == null ? null : email.strip());
    }

    /**
     * A list of mappings, each read by {@code item}, which gets a reader for the entry's fields.
     */
    private static <T> List<T> items(
            MappingReader r, String key, Problems problems, Function<MappingReader, T> item) {
        YamlNode node = r.node(key);
        List<T> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(node.origin(), r.path(key), "expected a list, found a " + node.kind());
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode entry = list.items().get(i);
            String path = r.path(key) + "[" + (i + 1) + "]";
            if (!(entry instanceof YamlNode.Mapping map)) {
                problems.add(
                        entry.origin(),
                        path,
                        "expected a mapping with a name, found a " + entry.kind());
                continue;
            }
            MappingReader m = new MappingReader(map, path, problems);
            T value = item.apply(m);
            m.rejectUnknown();
            out.add(value);
        }
        return out;
    }

    private static LocalDate replyBy(MappingReader r, LocalDate date) {
        String text = r.text("replyBy");
        if (text == null) {
            return null;
        }
        LocalDate replyBy;
        try {
            replyBy = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            r.problem("replyBy", "expected a date as YYYY-MM-DD, found '" + text + "'");
            return null;
        }
        if (replyBy.isBefore(date)) {
            r.problem("replyBy", "is before the letter's date " + date + ": '" + text + "'");
            return null;
        }
        return replyBy;
    }
}
