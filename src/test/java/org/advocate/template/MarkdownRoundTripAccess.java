package org.advocate.template;

import java.util.LinkedHashSet;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Parses rendered letters the way any CommonMark renderer would, for tests in other packages. */
public final class MarkdownRoundTripAccess {
    private MarkdownRoundTripAccess() {}

    /** All text of the document, with blocks joined by newlines. */
    public static String textOf(String markdown) {
        StringBuilder out = new StringBuilder();
        Parser.builder()
                .build()
                .parse(markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(Text text) {
                                out.append(text.getLiteral());
                            }

                            @Override
                            public void visit(org.commonmark.node.Paragraph paragraph) {
                                visitChildren(paragraph);
                                out.append('\n');
                            }
                        });
        return out.toString();
    }

    /** The simple class names of every node in the document. */
    public static Set<String> nodeTypes(String markdown) {
        Set<String> types = new LinkedHashSet<>();
        collect(Parser.builder().build().parse(markdown), types);
        return types;
    }

    private static void collect(Node node, Set<String> types) {
        types.add(node.getClass().getSimpleName());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, types);
        }
    }
}
