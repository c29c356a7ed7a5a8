package org.advocate.deliver;

import java.util.List;
import java.util.Locale;
import org.advocate.model.SectionMarkers;
import org.advocate.output.pdf.LinkPolicy;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A letter's Markdown as the two bodies of a message: plain text, and a small HTML page. The
 * section markers are dropped, raw HTML in the Markdown is printed as text (never passed through),
 * links keep only http, https and mailto targets, and images become their description (a message
 * loads nothing remote). Immutable and safe to share.
 */
final class Alternatives {
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final TextContentRenderer text =
            TextContentRenderer.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
                    .build();
    private final HtmlRenderer html =
            HtmlRenderer.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(
                            new UrlSanitizer() {
                                @Override
                                public String sanitizeLinkUrl(String url) {
                                    return sanitize(url);
                                }

                                @Override
                                public String sanitizeImageUrl(String url) {
                                    return "";
                                }
                            })
                    .build();

    /** The plain-text body. */
    String text(String markdown) {
        return text.render(parse(markdown)).strip() + "\n";
    }

    /** The HTML body: one page with the letter's language and title. */
    String html(String markdown, Locale locale, String title) {
        String body = html.render(parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\""
                + escape(locale.toLanguageTag())
                + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(Headers.oneLine(title))
                + "</title>\n</head>\n<body>\n"
                + body
                + "</body>\n</html>\n";
    }

    private Node parse(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new Cleaner());
        return document;
    }

    /** The link if every writer may make it live (see {@link LinkPolicy}), else none. */
    private static String sanitize(String url) {
        String trimmed = url.strip();
        return LinkPolicy.isLive(trimmed) ? trimmed : "";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Drops the section markers and turns images into their description. */
    private static final class Cleaner extends AbstractVisitor {
        @Override
        public void visit(HtmlBlock block) {
            if (SectionMarkers.nameOf(block.getLiteral()).isPresent()) {
                block.unlink();
            }
        }

        @Override
        public void visit(HtmlInline inline) {
            if (SectionMarkers.nameOf(inline.getLiteral()).isPresent()) {
                inline.unlink();
            }
        }

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    alt.append(t.getLiteral());
                }
            }
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }
    }
}
