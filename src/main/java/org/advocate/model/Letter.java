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
 * @param origins where each text field was written, by path ({@code recipient.name}, {@code
 *     organization.address[1]}): a file position, a row's cell or an option; fields not listed were
 *     not written by the user
 * @param style how the letter asks to be set: its own {@code style:} over its organization's
 * @param fallback the language whose arguments may print where the letter's language has none
 *     ({@code fallback: en}), each with a warning; null when every argument must be in the letter's
 *     language
 * @param parts signers, cc, enclosures, references, reply-by date and place, each optional
 * @param delivery how {@code advocate send} mails it: its {@code delivery:} settings
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
        Path baseDir,
        Map<String, String> origins,
        PageStyle style,
        Locale fallback,
        LetterParts parts,
        Delivery delivery) {

    public Letter {
        style = style == null ? PageStyle.NONE : style;
        parts = parts == null ? LetterParts.NONE : parts;
        delivery = delivery == null ? Delivery.NONE : delivery;
        arguments = List.copyOf(arguments);
        paragraphs = Collections.unmodifiableMap(new LinkedHashMap<>(paragraphs));
        signatories = List.copyOf(signatories);
        origins = Map.copyOf(origins);
    }

    /** A letter whose arguments are all in its own language, without delivery settings. */
    public Letter(
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
            Path baseDir,
            Map<String, String> origins,
            PageStyle style) {
        this(
                template,
                organization,
                date,
                locale,
                recipient,
                subject,
                occasion,
                arguments,
                paragraphs,
                signatories,
                baseDir,
                origins,
                style,
                null,
                LetterParts.NONE,
                Delivery.NONE);
    }

    /** A letter that asks for no style beyond its organization's. */
    public Letter(
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
            Path baseDir,
            Map<String, String> origins) {
        this(
                template,
                organization,
                date,
                locale,
                recipient,
                subject,
                occasion,
                arguments,
                paragraphs,
                signatories,
                baseDir,
                origins,
                organization == null ? PageStyle.NONE : organization.style(),
                null,
                LetterParts.NONE,
                Delivery.NONE);
    }

    /** A letter whose fields' origins are not known (made in code, not read from files). */
    public Letter(
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
        this(
                template,
                organization,
                date,
                locale,
                recipient,
                subject,
                occasion,
                arguments,
                paragraphs,
                signatories,
                baseDir,
                Map.of());
    }

    /** The same letter with other arguments. */
    public Letter withArguments(List<String> ids) {
        return new Letter(
                template,
                organization,
                date,
                locale,
                recipient,
                subject,
                occasion,
                ids,
                paragraphs,
                signatories,
                baseDir,
                origins,
                style,
                fallback,
                parts,
                delivery);
    }
}
