package org.advocate.output.docx;

import org.advocate.output.pdf.LinkPolicy;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Writes inline Markdown (text, emphasis, code, links, breaks) as runs of a Word paragraph. Text
 * only ever goes into text runs, so nothing in it can become a field; a link is a hyperlink only
 * for http, https and mailto; an image prints its description. Right-to-left text is marked.
 */
final class Inlines {
    private Inlines() {}

    /** Text with its line breaks kept, as breaks within one paragraph. */
    static void lines(XWPFParagraph paragraph, String text, Format format) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = text(paragraph, format, lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    static void inlines(Node parent, XWPFParagraph paragraph, Format format) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, paragraph, format);
        }
    }

    private static void inline(Node node, XWPFParagraph paragraph, Format format) {
        switch (node) {
            case Text text -> text(paragraph, format, text.getLiteral());
            case Code code -> text(paragraph, format.withCode(), code.getLiteral());
            case HtmlInline html -> text(paragraph, format, html.getLiteral());
            case Emphasis e -> inlines(e, paragraph, format.withEmphasis());
            case StrongEmphasis s -> inlines(s, paragraph, format.withStrong());
            case SoftLineBreak b -> run(paragraph, format).setText(" ");
            case HardLineBreak b -> run(paragraph, format).addBreak();
            case Link link -> link(link, paragraph, format);
            case Image image -> inlines(image, paragraph, format);
            default -> inlines(node, paragraph, format);
        }
    }

    /** A run of text; text in a right-to-left script is marked so ({@code w:rtl}). */
    private static XWPFRun text(XWPFParagraph paragraph, Format format, String text) {
        XWPFRun run = run(paragraph, format);
        run.setText(text);
        rightToLeft(run, text);
        return run;
    }

    private static void rightToLeft(XWPFRun run, String text) {
        boolean rtl =
                text.codePoints()
                        .map(Character::getDirectionality)
                        .anyMatch(
                                d ->
                                        d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                                                || d
                                                        == Character
                                                                .DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        if (rtl) {
            var properties =
                    run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            properties.addNewRtl();
        }
    }

    /** A live link is one hyperlink run of its text; any other prints its text alone. */
    private static void link(Link link, XWPFParagraph paragraph, Format format) {
        String target =
                LinkPolicy.isLive(link.getDestination()) ? uri(link.getDestination()) : null;
        if (target == null) {
            inlines(link, paragraph, format);
            return;
        }
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(target);
        format.apply(run, DocxStyles.HYPERLINK);
        String text = plainText(link);
        run.setText(text);
        rightToLeft(run, text);
    }

    /**
     * A link's address as a URI: characters a URI cannot hold are percent-encoded (UTF-8), as
     * commonmark's HTML renderer does; null when it is still no URI.
     */
    static String uri(String destination) {
        StringBuilder out = new StringBuilder(destination.length() + 16);
        for (byte b : destination.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean keep =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
            if (keep) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        try {
            new java.net.URI(out.toString());
            return out.toString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, Format format) {
        XWPFRun run = paragraph.createRun();
        format.apply(run, null);
        return run;
    }

    /** The text of a link's content, for its one hyperlink run. */
    private static String plainText(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> text.append(t.getLiteral());
                case Code c -> text.append(c.getLiteral());
                case HtmlInline h -> text.append(h.getLiteral());
                case SoftLineBreak b -> text.append(' ');
                case HardLineBreak b -> text.append(' ');
                default -> text.append(plainText(n));
            }
        }
        return text.toString();
    }

    /** The character formatting of a run: each maps to a named character style. */
    record Format(boolean strong, boolean emphasis, boolean code) {
        static final Format PLAIN = new Format(false, false, false);

        Format withStrong() {
            return new Format(true, emphasis, code);
        }

        Format withEmphasis() {
            return new Format(strong, true, code);
        }

        Format withCode() {
            return new Format(strong, emphasis, true);
        }

        void apply(XWPFRun run, String base) {
            String style =
                    code
                            ? DocxStyles.CODE
                            : base != null
                                    ? base
                                    : strong
                                            ? DocxStyles.STRONG
                                            : emphasis ? DocxStyles.EMPHASIS : null;
            if (style != null) {
                run.setStyle(style);
            }
            if (strong && !DocxStyles.STRONG.equals(style)) {
                run.setBold(true);
            }
            if (emphasis && !DocxStyles.EMPHASIS.equals(style)) {
                run.setItalic(true);
            }
        }
    }
}
