package org.advocate.model;

/**
 * A cited source, stating only what its document shows. Two sources are the same endnote when every
 * field is equal.
 *
 * @param author the person or organization the document names as its author or publisher; null when
 *     it names none (an unsigned document)
 * @param title the document's own title; null when it shows none
 * @param description a plain description, for a document that shows no title; null otherwise
 * @param kind what sort of document it is: report, guide, letter, blog post, web page, statute,
 *     statement; or null
 * @param date the date the document shows, as an ISO date, year-month or year; or null
 * @param notBefore for an undated document, the earliest date it can have been written (ISO, as
 *     {@code date}), set by an event it names; or null
 * @param after the event that sets {@code notBefore}, as the endnote states it; or null
 * @param url where to read it, only when known; or null
 * @param seed the source document of the built-in library it was taken from, or null
 */
public record Source(
        String author,
        String title,
        String description,
        String kind,
        String date,
        String notBefore,
        String after,
        String url,
        String seed) {

    /** A source with an author, a title and perhaps a date and URL: the common case. */
    public static Source of(String author, String title, String date, String url) {
        return new Source(author, title, null, null, date, null, null, url, null);
    }

    /** The title, or the description of an untitled document. */
    public String label() {
        return title != null ? title : description;
    }

    /** The date the source cannot be older than: its own date, else its notBefore; or null. */
    public String earliest() {
        return date != null ? date : notBefore;
    }
}
