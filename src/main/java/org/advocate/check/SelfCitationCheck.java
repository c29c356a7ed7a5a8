package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.input.YamlNode;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.Organization;

/**
 * Flags a custom paragraph that cites the sending organization as if it were someone else ("as the
 * Sex Workers Project has observed", "according to SWP"): a letter states its sender's view in the
 * first person, and never as outside evidence.
 */
final class SelfCitationCheck {
    private static final String VERBS =
            "observed|noted|said|stated|stressed|warned|argued|found|reported|shown|written"
                    + "|documented|pointed out|concluded";

    private SelfCitationCheck() {}

    static void check(LetterInput input, Letter letter, List<Finding> findings) {
        Pattern pattern = pattern(letter.organization());
        for (Map.Entry<String, String> p : letter.paragraphs().entrySet()) {
            Matcher m = pattern.matcher(p.getValue().replaceAll("\\s+", " "));
            if (m.find()) {
                findings.add(
                        Finding.at(
                                paragraphOrigin(input, p.getKey()),
                                Severity.WARNING,
                                "self-citation",
                                "paragraph '"
                                        + p.getKey()
                                        + "' cites the sender as someone else (\""
                                        + m.group().strip()
                                        + "\"): state your own view in the first person, e.g."
                                        + " \"In our experience ...\""));
            }
        }
    }

    /** "as NAME has observed", "according to NAME", "NAME has found", for any of the names. */
    static Pattern pattern(Organization org) {
        List<String> names = new ArrayList<>(List.of(org.name(), org.shortName()));
        names.addAll(org.ids());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(name.strip()));
        }
        String who = "(?:the )?(?:" + alternatives + ")";
        return Pattern.compile(
                "\\b(?:according to "
                        + who
                        + "|(?:as )?"
                        + who
                        + "(?:'s? \\w+)? (?:has |have |had )?(?:(?:also|long|repeatedly) )?(?:"
                        + VERBS
                        + "))\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** Where the letter file writes a paragraph, or the file itself. */
    static String paragraphOrigin(LetterInput input, String position) {
        if (input.parse() instanceof YamlNode.Mapping map
                && map.get("paragraphs") instanceof YamlNode.Mapping paragraphs
                && paragraphs.get(position) != null) {
            return paragraphs.get(position).origin().toString();
        }
        return input.origin();
    }
}
