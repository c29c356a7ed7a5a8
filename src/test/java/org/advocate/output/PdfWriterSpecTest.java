package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;
import org.advocate.output.pdf.Face;
import org.advocate.output.pdf.FontSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the CommonMark spec (and the GFM spec's tables) goes through the PDF writer, and
 * the text PDFBox reads back from the PDF must be the text of the same Markdown as commonmark's own
 * {@link TextContentRenderer} gives it, parsed as the writer parses it (GFM tables, no autolinks).
 * The few characters no bundled font has may instead give the input error that names them.
 *
 * <p>The two texts are compared after a normalization that accounts for the ways a page shows
 * structure where plain text shows it with punctuation, and for nothing else:
 *
 * <ul>
 *   <li>Whitespace: every run of white space, no-break spaces and line breaks included, is one
 *       space. A page breaks lines where they fit and sets code indentation in no-break spaces;
 *       plain text breaks them at the source's line breaks.
 *   <li>Block quotes: plain text wraps them in « »; the PDF sets a rule beside them. Only the
 *       quoted text is compared.
 *   <li>Code spans: plain text wraps them in straight double quotes; the PDF sets them in a
 *       monospace face. Only the code is compared.
 *   <li>Links and images: plain text gives {@code "text" (title: destination)}; the PDF prints the
 *       link text (live links are annotations) and an image's alt text, since a letter never loads
 *       images. Only that text is compared.
 *   <li>Thematic breaks: plain text prints {@code ***}; the PDF draws a rule. Neither is text.
 *   <li>List markers: ordered items keep their number and delimiter on both sides ("7." or "7)");
 *       bullets are the source's {@code -}, {@code *} or {@code +} in plain text and •, – or ◦ by
 *       depth in the PDF: all read as •.
 *   <li>Tables: plain text puts "|" between cells; the PDF sets cells in columns. Cells are
 *       compared row by row, with a space between them.
 *   <li>HTML blocks print their source as text on both sides, but plain text runs an HTML block
 *       into the block after it with no break at all; here it ends like any other block.
 *   <li>Page furniture: the "Page N of M" footer is not part of the letter's text.
 * </ul>
 *
 * Code blocks, inline HTML, headings, emphasis and line breaks need no normalization beyond white
 * space; quotes are never changed by either side, so none is normalized. Examples whose texts still
 * differ are listed in {@link #REVIEWED}, each with its reason; the test checks that they still
 * differ, so the list cannot go stale.
 */
class PdfWriterSpecTest {
    private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-F]{4,6})");
    private static final Pattern FOOTER = Pattern.compile("Page \\d+ of \\d+\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern OTHER_BULLETS = Pattern.compile("(?<=^| )[–◦](?= |$)");

    /**
     * Examples whose texts differ for a reviewed reason, by section and spec example number, with
     * the reason. None at present: every example that prints reads back as its plain text.
     */
    private static final Map<String, String> REVIEWED = Map.of();

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder()
                    .nodeRendererFactory(PageConventions::new)
                    .extensions(EXTENSIONS)
                    .build();

    private final PdfWriter writer = new PdfWriter();

    @TestFactory
    Stream<DynamicTest> everyCommonMarkSpecExample() {
        return tests(examples("/spec.txt"), e -> true);
    }

    @TestFactory
    Stream<DynamicTest> everyGfmTableExample() {
        return tests(examples("/gfm-spec.txt"), e -> e.getSection().contains("Tables"));
    }

    @Test
    void theSpecIsReallyThere() {
        assertThat(examples("/spec.txt")).hasSizeGreaterThan(600);
        assertThat(examples("/gfm-spec.txt"))
                .filteredOn(e -> e.getSection().contains("Tables"))
                .hasSizeGreaterThan(5);
    }

    @Test
    void everyKindOfBlockPrintsItsText() throws IOException {
        String markdown =
                """
                # Heading one

                ## Heading *two*

                A paragraph with *emphasis*, **strong**, `code`, a [link](https://example.org),
                a soft break and a hard\\
                break.

                > A quote
                > > nested inside

                - bullet one
                  - nested bullet
                    1. nested number
                - bullet two

                3. three
                4. four

                ```java
                int x = 1;
                ```

                    indented code

                ---

                | Name | Country |
                |:-----|--------:|
                | Zoë  | Ørsted  |

                <div>raw block</div>
                """;
        String text = textOf(render(markdown));
        assertThat(text.replaceAll("\\s+", " "))
                .containsSubsequence(
                        "Heading one",
                        "Heading two",
                        "A paragraph with emphasis, strong, code, a link, a soft break and a hard",
                        "break.",
                        "A quote",
                        "nested inside",
                        "bullet one",
                        "nested bullet",
                        "1. nested number",
                        "bullet two",
                        "3. three",
                        "4. four",
                        "int x = 1;",
                        "indented code",
                        "Name",
                        "Country",
                        "Zoë",
                        "Ørsted",
                        "<div>raw block</div>");
    }

    private Stream<DynamicTest> tests(List<Example> all, Predicate<Example> wanted) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Example e = all.get(i);
            if (wanted.test(e)) {
                String name = name(e, i + 1);
                tests.add(DynamicTest.dynamicTest(name, () -> printsItsText(name, e.getSource())));
            }
        }
        return tests.stream();
    }

    private void printsItsText(String name, String markdown) throws IOException {
        String expected = normalize(PLAIN.render(PARSER.parse(markdown)));
        String actual;
        try {
            actual = normalizePages(pageTexts(render(markdown)));
        } catch (InputException e) {
            // Allowed only when the named character really is missing from every face.
            String message = String.join("\n", e.lines());
            Matcher m = CODE_POINT.matcher(message);
            assertThat(m.find()).as(message).isTrue();
            int cp = Integer.parseInt(m.group(1), 16);
            for (Face face : Face.values()) {
                assertThat(FontSet.standard().canShow(face, cp)).as(message).isFalse();
            }
            return;
        }
        String reason = REVIEWED.get(name);
        if (reason == null) {
            assertThat(actual).as(markdown).isEqualTo(expected);
        } else {
            assertThat(actual)
                    .as("reviewed as different (%s), but now the same", reason)
                    .isNotEqualTo(expected);
        }
    }

    private byte[] render(String markdown) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(letter(markdown), OutputOptions.DEFAULT, out);
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        return String.join("\n", pageTexts(pdf));
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return Pdfs.pageTexts(doc);
        }
    }

    private static RenderedLetter letter(String markdown) {
        return new RenderedLetter(
                markdown,
                new DocumentMetadata(
                        "Spec example",
                        "Test Collective",
                        "Spec example",
                        List.of(),
                        Locale.US,
                        LocalDate.of(2020, 1, 2),
                        "R. Reader",
                        null,
                        null,
                        List.of(),
                        org.advocate.library.Library.builtIn().messages(Locale.US)));
    }

    private static List<Example> examples(String resource) {
        URL url = PdfWriterSpecTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        return new ArrayList<>(ExampleReader.readExamples(url));
    }

    /** "Section: example N", N being the example's number in the whole spec. */
    private static String name(Example e, int number) {
        return e.getSection() + ": example " + number;
    }

    /** Text as compared: white space runs are one space. */
    private static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A PDF's text as compared: without page furniture, with every bullet glyph as •. */
    private static String normalizePages(List<String> pages) {
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            text.append(FOOTER.matcher(page).replaceFirst("")).append('\n');
        }
        return OTHER_BULLETS.matcher(normalize(text.toString())).replaceAll("•");
    }

    /**
     * Plain text in the conventions of a page: the node renderers of commonmark's plain text that
     * add punctuation for structure a page shows by layout, replaced by ones that print only the
     * text (see the class comment).
     */
    private static final class PageConventions implements NodeRenderer {
        private final TextContentNodeRendererContext context;
        private final TextContentWriter out;

        PageConventions(TextContentNodeRendererContext context) {
            this.context = context;
            this.out = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(
                    BlockQuote.class,
                    Code.class,
                    Link.class,
                    Image.class,
                    HtmlBlock.class,
                    ThematicBreak.class,
                    ListItem.class,
                    TableCell.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Code code -> out.write(code.getLiteral());
                case HtmlBlock html -> {
                    out.write(html.getLiteral());
                    out.block();
                }
                case ThematicBreak rule -> out.block();
                case ListItem item -> {
                    out.write(marker(item));
                    out.write(' ');
                    children(item);
                    out.block();
                }
                case TableCell cell -> {
                    children(cell);
                    out.whitespace();
                }
                case BlockQuote quote -> {
                    children(quote);
                    out.block();
                }
                default -> children(node); // links and images
            }
        }

        private static String marker(ListItem item) {
            if (item.getParent() instanceof OrderedList list) {
                int index = 0;
                for (Node n = item.getPrevious(); n != null; n = n.getPrevious()) {
                    index++;
                }
                int start = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                String delimiter =
                        list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
                return (start + (long) index) + delimiter;
            }
            return "•";
        }

        private void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
