package org.advocate.output.docx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything about a DOCX file besides its Markdown. Everything that ends up in the bytes comes
 * from here, never from the clock.
 *
 * @param pageWidth the page width in points
 * @param pageHeight the page height in points
 * @param topMargin the top margin in points
 * @param sideMargin the left and right margins in points
 * @param bottomMargin the bottom margin in points
 * @param fontSize the body's font size in points
 * @param justified whether the body is justified
 * @param title the document title
 * @param author the author (the sending organization)
 * @param subject the subject
 * @param keywords keywords, in order
 * @param locale the letter's language
 * @param date the letter's date: the document's creation and modification date
 * @param producer the application named in the document's properties, e.g. "advocate 0.1.0"
 * @param pageLabel the footer in the letter's language, with {@code {page}} and {@code {pages}}
 * @param logo the letterhead logo, or null
 * @param signature the signature image, or null
 */
public record DocxSpec(
        float pageWidth,
        float pageHeight,
        float topMargin,
        float sideMargin,
        float bottomMargin,
        float fontSize,
        boolean justified,
        String title,
        String author,
        String subject,
        List<String> keywords,
        Locale locale,
        LocalDate date,
        String producer,
        String pageLabel,
        Picture logo,
        Picture signature) {

    public DocxSpec {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(pageLabel, "pageLabel");
        keywords = List.copyOf(keywords);
    }

    /**
     * An image file's bytes, PNG or JPEG.
     *
     * @param bytes the file's content
     * @param png true for PNG, false for JPEG
     */
    public record Picture(byte[] bytes, boolean png) {
        public Picture {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
