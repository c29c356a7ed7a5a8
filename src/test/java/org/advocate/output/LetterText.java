package org.advocate.output;

import java.util.List;
import java.util.regex.Pattern;
import org.advocate.model.SectionMarkers;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The words a reader sees in a letter's Markdown, for comparing with what another format shows:
 * text, code and escaped HTML as written, link and image descriptions without their addresses,
 * section markers left out (they never print), list markers left out (a page draws them), and every
 * run of white space, line and block breaks included, one space.
 */
public final class LetterText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private LetterText() {}

    public static String of(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(Text node) {
                                text.append(node.getLiteral());
                            }

                            @Override
                            public void visit(Code node) {
                                text.append(node.getLiteral());
                            }

                            @Override
                            public void visit(FencedCodeBlock node) {
                                text.append(' ').append(node.getLiteral()).append(' ');
                            }

                            @Override
                            public void visit(IndentedCodeBlock node) {
                                text.append(' ').append(node.getLiteral()).append(' ');
                            }

                            @Override
                            public void visit(HtmlInline node) {
                                text.append(node.getLiteral());
                            }

                            @Override
                            public void visit(HtmlBlock node) {
                                if (SectionMarkers.nameOf(node.getLiteral()).isEmpty()) {
                                    text.append(' ').append(node.getLiteral()).append(' ');
                                }
                            }

                            @Override
                            public void visit(SoftLineBreak node) {
                                text.append(' ');
                            }

                            @Override
                            public void visit(HardLineBreak node) {
                                text.append(' ');
                            }

                            @Override
                            protected void visitChildren(Node parent) {
                                super.visitChildren(parent);
                                if (!isInline(parent)) {
                                    text.append(' ');
                                }
                            }
                        });
        return normalize(text.toString());
    }

    /** White space runs, no-break spaces included, as one space. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isInline(Node node) {
        return node instanceof org.commonmark.node.Emphasis
                || node instanceof org.commonmark.node.StrongEmphasis
                || node instanceof org.commonmark.node.Link
                || node instanceof org.commonmark.node.Image;
    }
}
