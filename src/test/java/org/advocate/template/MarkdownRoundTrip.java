package org.advocate.template;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
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

    private static String describe(Node document) {
        StringBuilder out = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            out.append(n.getClass().getSimpleName()).append(' ');
        }
        return out.toString().trim();
    }
}
