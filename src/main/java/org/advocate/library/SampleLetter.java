package org.advocate.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.load.LetterLoader;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Person;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;

/**
 * An example letter with every optional field filled in, used to preview argument bodies and to
 * find out which variables a template reads. The organization is fictional.
 */
public final class SampleLetter {
    private SampleLetter() {}

    /** The example organization. */
    public static Organization organization() {
        return new Organization(
                "Example Sex Workers' Rights Network",
                "ESWRN",
                "2006",
                null,
                "running outreach, legal support and peer education with sex workers",
                List.of("1 Example Road", "Example City"),
                "office@example.org",
                "+1 555 0100",
                "https://example.org",
                new Person("Alex Example", "Coordinator"),
                "In solidarity",
                null,
                null,
                List.of(),
                null);
    }

    /**
     * A letter of the given template using the given arguments.
     *
     * @param template a template name
     * @param arguments argument ids, in order
     * @param locale the letter's locale
     */
    public static Letter letter(String template, List<String> arguments, Locale locale) {
        Map<String, String> paragraphs = new LinkedHashMap<>();
        for (String position : LetterLoader.PARAGRAPH_POSITIONS.stream().sorted().toList()) {
            paragraphs.put(position, "A custom paragraph (" + position + ").");
        }
        return new Letter(
                template,
                organization(),
                LocalDate.of(2015, 8, 20),
                locale,
                new Recipient(
                        "Sam Recipient",
                        "Dr.",
                        "Minister of Justice",
                        "Example Ministry",
                        List.of("2 Example Square", "Example City"),
                        "Dear Dr. Recipient,",
                        "Sam",
                        "Recipient"),
                "An example subject",
                "an example decision",
                arguments,
                paragraphs,
                List.of(
                        new Signatory(
                                "Example Collective", "Ana", "Chair", "Kenya", "Nairobi", true),
                        new Signatory("Second Example Project", null, null, "Peru", null, false)),
                Path.of("").toAbsolutePath());
    }
}
