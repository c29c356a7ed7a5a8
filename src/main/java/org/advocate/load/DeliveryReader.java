package org.advocate.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.Delivery;

/**
 * Reads a letter's {@code delivery:} block: {@code cc} (a list of addresses), {@code host}, {@code
 * port} (1 to 65535), {@code user} and {@code security} ({@code starttls} or {@code smtps}). A
 * {@code password} is refused: a campaign folder is shared, and a password in it would be
 * everyone's. Addresses are checked where a message is made, not here, so composing a letter never
 * loads the mail library.
 */
final class DeliveryReader {
    /** The security modes a server may be reached with. */
    static final Set<String> SECURITY = Set.of("starttls", "smtps");

    private DeliveryReader() {}

    /** The letter's delivery settings, or {@link Delivery#NONE} when it has none. */
    static Delivery read(MappingReader parent, Problems problems) {
        YamlNode.Mapping map = parent.mapping("delivery");
        if (map == null) {
            return Delivery.NONE;
        }
        MappingReader r = new MappingReader(map, parent.path("delivery"), problems);
        List<String> cc = r.texts("cc");
        String host = r.text("host");
        Integer port = r.integer("port", 1, 65535);
        String user = r.text("user");
        String security = r.text("security");
        if (security != null && !SECURITY.contains(security.strip().toLowerCase(Locale.ROOT))) {
            r.problem("security", "expected starttls or smtps, found '" + security + "'");
            security = null;
        }
        if (map.get("password") != null) {
            r.problem(
                    "password",
                    "is never read from a letter file; set ADVOCATE_SMTP_PASSWORD or a ~/.netrc"
                            + " entry for the server");
            r.node("password");
        }
        r.rejectUnknown();
        return new Delivery(
                cc,
                host == null ? null : host.strip(),
                port,
                user == null ? null : user.strip(),
                security == null ? null : security.strip().toLowerCase(Locale.ROOT));
    }
}
