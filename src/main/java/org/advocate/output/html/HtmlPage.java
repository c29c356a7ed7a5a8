package org.advocate.output.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.advocate.model.SectionMarkers;
import org.advocate.output.pdf.LinkPolicy;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Turns a letter's Markdown into one standalone HTML page: inline CSS, the letter's language, one
 * element per section the templates mark ({@code class="section NAME"}), and a Content Security
 * Policy that allows no script, no remote load and no form. Raw HTML in the Markdown is escaped,
 * only http, https and mailto links are live, and Markdown images print their description only; the
 * only images are the logo and signature given as {@code data:} URIs. Immutable and thread-safe.
 */
public final class HtmlPage {
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "fa", "ur", "yi", "ps");

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .percentEncodeUrls(true)
                    .urlSanitizer(new LiveLinksOnly())
                    .nodeRendererFactory(SafeNodeRenderer::new)
                    .build();

    /** Renders the page. */
    public String render(String markdown, PageSpec spec) {
        String css = Styles.css(spec);
        StringBuilder html = new StringBuilder(markdown.length() * 2 + css.length() + 1024);
        String lang = spec.locale().toLanguageTag();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(lang))
                .append('"')
                .append(RTL_LANGUAGES.contains(spec.locale().getLanguage()) ? " dir=\"rtl\"" : "")
                .append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(contentSecurityPolicy(css))
                .append("\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width,"
                                + " initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"author\" content=\"")
                .append(escape(spec.author()))
                .append("\">\n<title>")
                .append(escape(spec.title()))
                .append("</title>\n<style>")
                .append(css)
                .append("</style>\n</head>\n<body>\n<main>\n<article class=\"letter\">\n");
        List<Part> parts = parts(parser.parse(markdown));
        for (Part part : parts) {
            String tag = part.name().equals("letterhead") ? "header" : "div";
            html.append('<').append(tag).append(" class=\"section ").append(part.name());
            html.append("\">\n");
            if (part.name().equals("letterhead") && spec.logo() != null) {
                html.append("<img class=\"logo\" alt=\"\" src=\"")
                        .append(spec.logo())
                        .append("\">\n");
            }
            boolean signed = false;
            for (Node node : part.nodes()) {
                html.append(renderer.render(node));
                if (part.name().equals("closing")
                        && !signed
                        && spec.signature() != null
                        && node instanceof Paragraph) {
                    // Between the complimentary close and the name, as on paper.
                    html.append("<p class=\"signature\"><img alt=\"\" src=\"")
                            .append(spec.signature())
                            .append("\"></p>\n");
                    signed = true;
                }
            }
            html.append("</").append(tag).append(">\n");
        }
        return html.append("</article>\n</main>\n</body>\n</html>\n").toString();
    }

    /**
     * The policy: nothing by default, so no script, frame, font, connection or form; images only
     * from {@code data:} (the logo and signature), and only the page's own style sheet, by hash.
     */
    static String contentSecurityPolicy(String css) {
        return "default-src 'none'; img-src data:; style-src 'sha256-"
                + Base64.getEncoder().encodeToString(sha256(css))
                + "'; base-uri 'none'; form-action 'none'";
    }

    /** One section of the letter: its marker's name and its blocks. */
    private record Part(String name, List<Node> nodes) {}

    /**
     * Splits the document at its section markers; blocks before the first marker (or in Markdown
     * without any) belong to the body. Any section name is kept, so a template's new sections get
     * their own element and class without code here.
     */
    private static List<Part> parts(Node document) {
        List<Part> parts = new ArrayList<>();
        Part current = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock html) {
                var name = SectionMarkers.nameOf(html.getLiteral());
                if (name.isPresent()) {
                    current = new Part(name.get(), new ArrayList<>());
                    parts.add(current);
                    continue;
                }
            }
            if (current == null) {
                current = new Part("body", new ArrayList<>());
                parts.add(current);
            }
            current.nodes().add(n);
        }
        parts.removeIf(p -> p.nodes().isEmpty());
        return parts;
    }

    /** Escapes text for an HTML attribute or element. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** commonmark's sanitizer, ours: only live links keep their address, images none. */
    private static final class LiveLinksOnly implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return LinkPolicy.isLive(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }
}
