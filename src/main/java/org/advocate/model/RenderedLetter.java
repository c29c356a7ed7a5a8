package org.advocate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A letter rendered to Markdown, with what a writer needs beyond the text.
 *
 * @param markdown the letter as CommonMark
 * @param title document title (the subject, or a title made from sender and recipient)
 * @param author the sending organization
 * @param keywords the chosen arguments' tags, de-duplicated
 * @param locale the letter's language
 * @param date the letter's date
 * @param letter the letter it was rendered from
 */
public record RenderedLetter(
        String markdown,
        String title,
        String author,
        List<String> keywords,
        Locale locale,
        LocalDate date,
        Letter letter) {

    public RenderedLetter {
        keywords = List.copyOf(keywords);
    }
}
