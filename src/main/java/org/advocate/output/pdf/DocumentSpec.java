package org.advocate.output.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Image;

/**
 * Everything about one PDF besides its Markdown: page, standards, metadata and images. Everything
 * that ends up in the bytes comes from here, never from the clock or a random source.
 *
 * @param paper the paper size
 * @param pdfa whether to write PDF/A-2b
 * @param title the document title
 * @param author the author (the sending organization)
 * @param subject the subject
 * @param keywords keywords, in order
 * @param locale the language, written as the catalog's {@code /Lang}
 * @param date the date written as creation and modification date (midnight UTC)
 * @param producer the creator and producer string, e.g. "advocate 0.1.0"
 * @param runningHeader the header of pages 2 and later, or null for none
 * @param pageLabel the footer of every page in the letter's language, with the placeholders {@code
 *     {page}} and {@code {pages}}, e.g. "Page {page} of {pages}"
 * @param continuedLabel what heads a list of signatories carried over to a new page, in the
 *     letter's language
 * @param logo the letterhead logo, decoded once and shared (never modified); or null
 * @param signature the signature image, likewise; or null
 * @param documentId the document's ID, derived from its content (16 bytes or more)
 * @param typesetting the letter's own choices of type over the house style
 * @param signers the signers' signature images and how they are set
 * @param envelope the window envelope whose window the addresses are placed in, or null
 * @param returnAddress the sender's one-line return address shown in the window, or null
 * @param draftMark the word set diagonally across every page of a proof ("DRAFT" in the letter's
 *     language), or null for a letter to send
 */
public record DocumentSpec(
        Paper paper,
        boolean pdfa,
        String title,
        String author,
        String subject,
        List<String> keywords,
        Locale locale,
        LocalDate date,
        String producer,
        String runningHeader,
        String pageLabel,
        String continuedLabel,
        Image logo,
        Image signature,
        byte[] documentId,
        Typesetting typesetting,
        Signers signers,
        Envelope envelope,
        String returnAddress,
        String draftMark) {
    /**
     * The info dictionary key of advocate's mark: its value is {@link #MARK_PLACEHOLDER} as laid
     * out, then the SHA-256 of the whole file as written with the placeholder (same length, so no
     * offset moves), in place of the zeros.
     */
    public static final String MARK_KEY = "AdvocateMark";

    /** The mark's value before the file's hash is known. */
    public static final String MARK_PLACEHOLDER = "advocate-sha256:" + "0".repeat(64);

    public DocumentSpec {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(pageLabel, "pageLabel");
        Objects.requireNonNull(continuedLabel, "continuedLabel");
        keywords = List.copyOf(keywords);
        documentId = documentId.clone();
        Objects.requireNonNull(typesetting, "typesetting");
        signers = signers == null ? Signers.NONE : signers;
    }

    /** A letter to send (no draft mark) with one signer at most and no window envelope. */
    public DocumentSpec(
            Paper paper,
            boolean pdfa,
            String title,
            String author,
            String subject,
            List<String> keywords,
            Locale locale,
            LocalDate date,
            String producer,
            String runningHeader,
            String pageLabel,
            String continuedLabel,
            Image logo,
            Image signature,
            byte[] documentId,
            Typesetting typesetting) {
        this(
                paper,
                pdfa,
                title,
                author,
                subject,
                keywords,
                locale,
                date,
                producer,
                runningHeader,
                pageLabel,
                continuedLabel,
                logo,
                signature,
                documentId,
                typesetting,
                Signers.NONE,
                null,
                null,
                null);
    }

    /**
     * How a letter's several signers are set.
     *
     * @param signatures each signer's signature image, in signer order, null for none
     * @param sideBySide true for two a row, false for stacked, null to choose by width
     */
    public record Signers(List<Image> signatures, Boolean sideBySide) {
        /** No signers of the letter's own: the organization's signatory signs. */
        public static final Signers NONE = new Signers(List.of(), null);

        public Signers {
            signatures =
                    java.util.Collections.unmodifiableList(new java.util.ArrayList<>(signatures));
        }
    }

    @Override
    public byte[] documentId() {
        return documentId.clone();
    }
}
