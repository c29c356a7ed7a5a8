package org.advocate.output.html;

import java.util.Locale;
import java.util.Objects;

/**
 * Everything about an HTML page besides its Markdown.
 *
 * @param locale the letter's language, written as the page's {@code lang}
 * @param title the page title
 * @param author the sending organization, written as the author's {@code meta}
 * @param pageCss the {@code @page} rule's size and margin for printing, e.g. {@code "size: A4;
 *     margin: 19mm 30mm"}
 * @param fontSize the body's font size in points
 * @param justified whether the body is justified
 * @param logo the logo as a {@code data:} URI, or null
 * @param signature the signature image as a {@code data:} URI, or null
 */
public record PageSpec(
        Locale locale,
        String title,
        String author,
        String pageCss,
        float fontSize,
        boolean justified,
        String logo,
        String signature) {
    public PageSpec {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(pageCss, "pageCss");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        for (String uri : new String[] {logo, signature}) {
            if (uri != null && !uri.matches("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+")) {
                throw new IllegalArgumentException("an image must be a PNG or JPEG data: URI");
            }
        }
    }
}
