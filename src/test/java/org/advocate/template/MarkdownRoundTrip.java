package org.advocate.template;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown and returns its text if, and only if, it is one plain paragraph: text and line
 * breaks, nothing else (no emphasis, link, code, HTML, heading, list or table).
 */
final class MarkdownRoundTrip {
    private static final Parser PLAIN = Parser.builder().build();
    private static final Parser GFM =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownRoundTrip() {}

    /** How {@link #emphasizedText} shows strong emphasis around a text. */
    static String strong(String text) {
        return "\0<strong>" + text + "\0</strong>";
    }

    /** How {@link #emphasizedText} shows emphasis around a text. */
    static String emphasis(String text) {
        return "\0<em>" + text + "\0</em>";
    }

    /** The paragraph's text, or a description of the first node that is not plain text. */
    static String plainText(String markdown, boolean tables) {
        Node document = (tables ? GFM : PLAIN).parse(markdown);
        StringBuilder text = new StringBuilder();
        StringBuilder unexpected = new StringBuilder();
        Node first = document.getFirstChild();
        if (first == null) {
            return "";
        }
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            return "<not one paragraph: " + describe(document) + ">";
        }
        first.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text node) {
                        text.append(node.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak node) {
                        text.append('\n');
                    }

                    @Override
                    public void visit(HardLineBreak node) {
                        text.append('\n');
                    }

                    @Override
                    protected void visitChildren(Node parent) {
                        if (!(parent instanceof Paragraph || parent instanceof Document)) {
                            unexpected.append(parent.getClass().getSimpleName()).append(' ');
                        }
                        super.visitChildren(parent);
                    }
                });
        return unexpected.isEmpty() ? text.toString() : "<unexpected nodes: " + unexpected + ">";
    }

    /**
     * The paragraph's text with each emphasis shown as {@link #strong} or {@link #emphasis} around
     * its text, if the Markdown is one paragraph of text, line breaks and emphasis whose content is
     * plain text; nodes of other kinds show as their names in angle brackets. The marks hold
     * U+0000, which no value holds, so emphasis never reads the same as literal asterisks.
     */
    static String emphasizedText(String markdown, boolean tables) {
        Node document = (tables ? GFM : PLAIN).parse(markdown);
        Node first = document.getFirstChild();
        if (!(first instanceof Paragraph) || first.getNext() != null) {
            return "<not one paragraph: " + describe(document) + ">";
        }
        StringBuilder text = new StringBuilder();
        for (Node n = first.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof StrongEmphasis || n instanceof Emphasis) {
                String mark = n instanceof StrongEmphasis ? "strong" : "em";
                text.append("\0<").append(mark).append('>');
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    text.append(inline(c));
                }
                text.append("\0</").append(mark).append('>');
            } else {
                text.append(inline(n));
            }
        }
        return text.toString();
    }

    private static String inline(Node node) {
        return switch (node) {
            case Text t -> t.getLiteral();
            case SoftLineBreak b -> "\n";
            case HardLineBreak b -> "\n";
            default -> "<" + node.getClass().getSimpleName() + ">";
        };
    }

    /** The document's tree of node kinds, without the text: what typography must not change. */
    static String structure(String markdown) {
        StringBuilder out = new StringBuilder();
        structure(GFM.parse(markdown), out);
        return out.toString();
    }

    private static void structure(Node node, StringBuilder out) {
        out.append(node.getClass().getSimpleName());
        if (node.getFirstChild() != null) {
            out.append('(');
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                structure(c, out);
                out.append(' ');
            }
            out.append(')');
        }
    }

    private static String describe(Node document) {
        StringBuilder out = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            out.append(n.getClass().getSimpleName()).append(' ');
        }
        return out.toString().trim();
    }
}
