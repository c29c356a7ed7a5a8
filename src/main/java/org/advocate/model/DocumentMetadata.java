package org.advocate.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a writer needs beyond a letter's Markdown: document properties, the running header's parts,
 * images, and every value merged from the user's data with its origin. Writers see this record and
 * the Markdown, never the letter model.
 *
 * @param title document title (the subject, or a title made from sender and recipient)
 * @param author the sending organization
 * @param subject the subject line, or the title when the letter has none
 * @param keywords the chosen arguments' tags, de-duplicated
 * @param locale the letter's language
 * @param date the letter's date
 * @param addressee the recipient as a running header names them (name, else organization), or null
 * @param logo the sender's logo image inside the campaign folder, or null
 * @param signature the signature image inside the campaign folder, or null
 * @param values every value merged from the user's data, in letter order
 * @param messages the fixed words of the letter's language (page footer, running header)
 * @param style how the letter asks to be set, over the house style
 * @param signerSignatures the signature images of the letter's signers, in signer order, with null
 *     for a signer without one; empty when the organization's signatory signs
 * @param returnAddress the sender in one line ("Name · street · city"), printed above the
 *     recipient's address in a window envelope
 * @param proof whether this is a proof for review, not a letter to send: its Markdown marks every
 *     merged value {@code <mark>value</mark>}, and writers say on every page that it is a draft
 * @param fonts the organization's font files (checked) for characters the text faces lack, tried
 *     after the command line's {@code --font} files and before the bundled fallback fonts
 */
public record DocumentMetadata(
        String title,
        String author,
        String subject,
        List<String> keywords,
        Locale locale,
        LocalDate date,
        String addressee,
        Path logo,
        Path signature,
        List<MergedValue> values,
        Messages messages,
        PageStyle style,
        List<Path> signerSignatures,
        String returnAddress,
        boolean proof,
        List<Path> fonts) {

    public DocumentMetadata {
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
        style = style == null ? PageStyle.NONE : style;
        // Null where a signer has no image: the list lines up with the signers.
        signerSignatures =
                Collections.unmodifiableList(
                        new ArrayList<>(signerSignatures == null ? List.of() : signerSignatures));
        keywords = List.copyOf(keywords);
        values = List.copyOf(values);
    }

    /** Metadata of a letter whose organization names no fonts. */
    public DocumentMetadata(
            String title,
            String author,
            String subject,
            List<String> keywords,
            Locale locale,
            LocalDate date,
            String addressee,
            Path logo,
            Path signature,
            List<MergedValue> values,
            Messages messages,
            PageStyle style,
            List<Path> signerSignatures,
            String returnAddress,
            boolean proof) {
        this(
                title,
                author,
                subject,
                keywords,
                locale,
                date,
                addressee,
                logo,
                signature,
                values,
                messages,
                style,
                signerSignatures,
                returnAddress,
                proof,
                List.of());
    }

    /** Metadata of a letter to send (not a proof). */
    public DocumentMetadata(
            String title,
            String author,
            String subject,
            List<String> keywords,
            Locale locale,
            LocalDate date,
            String addressee,
            Path logo,
            Path signature,
            List<MergedValue> values,
            Messages messages,
            PageStyle style) {
        this(
                title, author, subject, keywords, locale, date, addressee, logo, signature, values,
                messages, style, List.of(), null, false, List.of());
    }

    /** Metadata of a letter that asks for no style of its own. */
    public DocumentMetadata(
            String title,
            String author,
            String subject,
            List<String> keywords,
            Locale locale,
            LocalDate date,
            String addressee,
            Path logo,
            Path signature,
            List<MergedValue> values,
            Messages messages) {
        this(
                title,
                author,
                subject,
                keywords,
                locale,
                date,
                addressee,
                logo,
                signature,
                values,
                messages,
                PageStyle.NONE,
                List.of(),
                null,
                false,
                List.of());
    }
}
