package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.Recipient;

/**
 * Flags an argument whose text names the letter's recipient: its organization, or the person by
 * full or last name. Arguments are written once for any reader, so one that names, say, Amnesty
 * International speaks of the recipient in the third person inside a letter to Amnesty.
 */
final class RecipientNamedCheck {
    private RecipientNamedCheck() {}

    static void check(Library library, LetterInput input, Letter letter, List<Finding> findings) {
        List<String> names = names(letter.recipient());
        if (names.isEmpty()) {
            return;
        }
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter);
            for (String name : names) {
                Matcher m =
                        Pattern.compile(
                                        "(?<![\\p{L}\\p{N}])"
                                                + Pattern.quote(name)
                                                + "(?![\\p{L}\\p{N}])",
                                        0)
                                .matcher(argument.body());
                if (m.find()) {
                    int line = argument.bodyLine() + lineOf(argument.body(), m.start());
                    findings.add(
                            Finding.at(
                                    CitationCheck.argumentOrigin(input, id),
                                    Severity.WARNING,
                                    "recipient-named",
                                    "argument '"
                                            + id
                                            + "' names the recipient '"
                                            + name
                                            + "' ("
                                            + argument.origin()
                                            + ":"
                                            + line
                                            + "); arguments speak to any reader, so choose"
                                            + " another or say it in a paragraph of the letter"));
                    break;
                }
            }
        }
    }

    /** The names a reader would take for the recipient, longest first. */
    static List<String> names(Recipient recipient) {
        List<String> out = new ArrayList<>();
        for (String name :
                new String[] {recipient.organization(), recipient.name(), recipient.lastName()}) {
            if (name == null) {
                continue;
            }
            String n = name.strip().replaceFirst("(?i)^the\\s+", "");
            if (n.length() >= 3 && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }
}
