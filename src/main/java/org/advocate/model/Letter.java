package org.advocate.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One letter, ready to render: everything the letter file and command line said, validated.
 *
 * @param template a template name in the library, or a path to a {@code .md.ftl} file
 * @param organization the sender
 * @param date the letter's date
 * @param locale the letter's language and region
 * @param recipient to whom it is addressed
 * @param subject the subject line, or null
 * @param occasion what the letter responds to, e.g. "the decision to ...", or null
 * @param arguments the ids of the chosen arguments, in order
 * @param paragraphs custom Markdown paragraphs by position name
 * @param signatories organizations signing a sign-on letter, possibly empty
 * @param baseDir the folder of the letter file: relative paths resolve against it
 */
public record Letter(
        String template,
        Organization organization,
        LocalDate date,
        Locale locale,
        Recipient recipient,
        String subject,
        String occasion,
        List<String> arguments,
        Map<String, String> paragraphs,
        List<Signatory> signatories,
        Path baseDir) {

    public Letter {
        arguments = List.copyOf(arguments);
        paragraphs = Collections.unmodifiableMap(new LinkedHashMap<>(paragraphs));
        signatories = List.copyOf(signatories);
    }
}
