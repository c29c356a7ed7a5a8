package org.advocate.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TypographicMarkdownTest {
    private static final TypographicMarkdown TYPOGRAPHY = new TypographicMarkdown();
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final List<Locale> LOCALES =
            List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.GERMAN);

    private static String fr(String markdown) {
        return TYPOGRAPHY.apply(markdown, Locale.FRENCH).replace("\u202f", "~");
    }

    @Test
    void changesTextButNeverCodeHtmlOrLinkDestinations() {
        String md =
                "He said \"go\" `\"code\"` <span title=\"x\">\"html\"</span>"
                        + " [\"text\"](https://example.org/\"a\" \"title\")\n\n"
                        + "```\n\"fenced\"\n```\n\n<!-- advocate:section \"body\" -->\n";
        assertThat(TYPOGRAPHY.apply(md, Locale.ENGLISH))
                .isEqualTo(
                        "He said “go” `\"code\"` <span title=\"x\">“html”</span>"
                                + " [“text”](https://example.org/\"a\" \"title\")\n\n"
                                + "```\n\"fenced\"\n```\n\n<!-- advocate:section \"body\" -->\n");
    }

    @Test
    void anEscapedQuotationMarkStaysStraight() {
        assertThat(TYPOGRAPHY.apply("5\\\" and \\'x\\' but \"y\"", Locale.ENGLISH))
                .isEqualTo("5\\\" and \\'x\\' but “y”");
    }

    @Test
    void quotationsSpanEmphasisAndLineBreaks() {
        assertThat(TYPOGRAPHY.apply("\"**Bold** and\n*more*\"", Locale.ENGLISH))
                .isEqualTo("“**Bold** and\n*more*”");
    }

    @Test
    void aSpaceAddedAtTheEdgeOfEmphasisGoesOutsideIt() {
        assertThat(fr("a **!** b")).isEqualTo("a~**!** b");
        assertThat(fr("**Oui**!")).isEqualTo("**Oui**~!");
        assertThat(fr("**\"x\"**")).isEqualTo("**«~x~»**");
        assertThat(fr("\"**x**\"")).isEqualTo("«~**x**~»");
        assertThat(fr("*Non*!")).isEqualTo("*Non*~!");
    }

    @Test
    void escapesAndReferencesKeepTheirForm() {
        // An escaped mark stays escaped; a space written as a reference becomes a reference.
        assertThat(fr("Non\\!")).isEqualTo("Non~\\!");
        assertThat(fr("**Objet&#32;:**"))
                .isEqualTo("**Objet&#8239;:**".replace("&#8239;", "&#160;"));
    }

    @Test
    void everyBlockKindIsTreated() {
        String md =
                "# \"Title\"\n\n"
                        + "- \"item\"\n\n"
                        + "> \"quoted\"\n\n"
                        + "| \"a\" | b |\n"
                        + "|---|---|\n"
                        + "| 1-3 | x |\n";
        assertThat(TYPOGRAPHY.apply(md, Locale.ENGLISH))
                .isEqualTo(
                        "# “Title”\n\n"
                                + "- “item”\n\n"
                                + "> “quoted”\n\n"
                                + "| “a” | b |\n"
                                + "|---|---|\n"
                                + "| 1–3 | x |\n");
    }

    /**
     * Pieces a template and its data put together, weighted to what typography touches. Escaped
     * quotation marks, which the Markdown pass keeps straight, have a test of their own.
     */
    private static final String[] PIECES = {
        "\"",
        "'",
        "\"",
        " ",
        " ",
        "word",
        "l'",
        "...",
        "2010-2015",
        "3-5",
        "555-1234",
        ":",
        ";",
        "!",
        "?",
        "«",
        "»",
        " : ",
        "**",
        "*",
        "_",
        "`c\"d`",
        "\\!",
        "&#32;",
        "&#160;",
        "\n",
        "\\\n",
        "[\"l\"](http://x.org/'a')",
        "<b>",
        "https://x.org/a-b'c",
        "a@b.org",
        "(",
        ")",
        "\u00a0",
        "\u202f",
        "1.",
        "- ",
        "# ",
        "> ",
        "&amp;",
        "\\*",
        "—"
    };

    static Stream<String> randomMarkdown() {
        Random random = new Random(20261202L);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder md = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int j = 0; j < pieces; j++) {
                md.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.add(md.toString());
        }
        return out.stream();
    }

    /**
     * Whatever the Markdown, the pass keeps its structure, and its text becomes the typographic
     * form of the text it had: the same as {@link Typography} gives for each block's text.
     */
    @ParameterizedTest
    @MethodSource("randomMarkdown")
    void keepsStructureAndGivesTheTextsTypographicForm(String markdown) {
        for (Locale locale : LOCALES) {
            String typographic = TYPOGRAPHY.apply(markdown, locale);
            assertThat(structure(typographic))
                    .as("%s in %s gave %s", markdown, locale, typographic)
                    .isEqualTo(structure(markdown));
            List<String> before = blockTexts(markdown);
            List<String> after = blockTexts(typographic);
            assertThat(after)
                    .as("%s in %s gave %s", markdown, locale, typographic)
                    .hasSize(before.size());
            for (int k = 0; k < before.size(); k++) {
                assertThat(after.get(k))
                        .as("%s in %s gave %s", markdown, locale, typographic)
                        .isEqualTo(Typography.apply(before.get(k), locale));
            }
            assertThat(TYPOGRAPHY.apply(typographic, locale))
                    .as("a second pass over %s, from %s, changes nothing", typographic, markdown)
                    .isEqualTo(typographic);
        }
    }

    private static String structure(String markdown) {
        StringBuilder out = new StringBuilder();
        structure(PARSER.parse(markdown), out);
        return out.toString();
    }

    /**
     * The tree of node kinds without text nodes: a space added beside a link or code is a text node
     * of its own, and the text is compared on its own.
     */
    private static void structure(Node node, StringBuilder out) {
        if (node instanceof Text) {
            return;
        }
        out.append(node.getClass().getSimpleName());
        if (node.getFirstChild() != null) {
            out.append('(');
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof Text)) {
                    structure(c, out);
                    out.append(' ');
                }
            }
            out.append(')');
        }
    }

    /** Each paragraph's text as a reader sees it, when it holds only text and line breaks. */
    private static List<String> blockTexts(String markdown) {
        List<String> texts = new ArrayList<>();
        PARSER.parse(markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(Paragraph paragraph) {
                                StringBuilder text = new StringBuilder();
                                boolean plain = collect(paragraph, text);
                                texts.add(plain ? text.toString() : "<mixed>");
                            }
                        });
        return texts;
    }

    private static boolean collect(Node parent, StringBuilder text) {
        boolean plain = true;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> text.append(t.getLiteral());
                case org.commonmark.node.SoftLineBreak b -> text.append('\n');
                case org.commonmark.node.HardLineBreak b -> text.append('\n');
                case org.commonmark.node.Emphasis e -> plain &= collect(e, text);
                case org.commonmark.node.StrongEmphasis e -> plain &= collect(e, text);
                default -> plain = false;
            }
        }
        return plain;
    }
}
