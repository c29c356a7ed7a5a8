package org.advocate.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.advocate.model.SectionMarkers;
import org.advocate.output.Pdfs;
import org.advocate.output.pdf.LetterStyle;
import org.advocate.output.pdf.Paper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The lines a reader sees, from a letter's Markdown and from its PDF: each entry is one line that
 * ends where the text itself ends it (the end of a paragraph, heading or list item, or a hard line
 * break), with the lines a page wraps joined back. Line text is compared without white space and
 * hyphens, since a page breaks lines between words and inside them (hyphenation), and sets spaces
 * its own way; what a test compares is where lines end, not how they are spaced.
 */
final class LineStructure {
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Zs}\\-\\u00AD\\u2010]+");
    private static final Pattern LIST_MARKER = Pattern.compile("\\d{1,9}[.)]|[•–◦]");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:, ?\\d{1,3})*)\\]");
    private static final Pattern BULLET = Pattern.compile("^[*+•◦–]");

    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder()
                    .extensions(EXTENSIONS)
                    .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
                    .build();

    private LineStructure() {}

    /**
     * The lines of Markdown as a reader of it sees them, from commonmark's {@link
     * TextContentRenderer} after three changes that make it show what a Markdown viewer shows: a
     * soft line break is a space (a viewer runs the lines of a paragraph together), a line break
     * character inside text (a character reference such as {@code &#10;}) is a space too (HTML
     * collapses it like any white space), and what no reader sees is left out: advocate's section
     * markers and thematic breaks. Links show their text.
     */
    static List<String> ofMarkdown(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Node> drop = new ArrayList<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        text.setLiteral(
                                text.getLiteral().replaceAll("[\\n\\r\\u000B\\u000C]", " "));
                    }

                    @Override
                    public void visit(SoftLineBreak softLineBreak) {
                        drop.add(softLineBreak);
                    }

                    @Override
                    public void visit(HtmlBlock htmlBlock) {
                        if (SectionMarkers.nameOf(htmlBlock.getLiteral().strip()).isPresent()) {
                            drop.add(htmlBlock);
                        }
                    }

                    @Override
                    public void visit(ThematicBreak thematicBreak) {
                        drop.add(thematicBreak);
                    }

                    @Override
                    public void visit(Link link) {
                        visitChildren(link);
                        drop.add(link);
                    }
                });
        for (Node node : drop) {
            if (node instanceof SoftLineBreak) {
                node.insertBefore(new Text(" "));
            } else if (node instanceof Link link) {
                while (link.getFirstChild() != null) {
                    link.insertBefore(link.getFirstChild());
                }
            }
            node.unlink();
        }
        List<String> lines = new ArrayList<>();
        for (String line : TEXT.render(document).split("\n")) {
            String shown = normalize(line);
            if (!shown.isEmpty()) {
                lines.add(shown);
            }
        }
        return lines;
    }

    /**
     * The Markdown as a PDF shows it with its signers side by side: the signers' paragraphs taken
     * two at a time, each line of the first followed on the same line by that of the second.
     */
    static String signersSideBySide(String markdown) {
        String marker = SectionMarkers.marker("signers");
        int start = markdown.indexOf(marker);
        if (start < 0) {
            return markdown;
        }
        int from = start + marker.length();
        int end = markdown.indexOf(SectionMarkers.prefix(""), from);
        end = end < 0 ? markdown.length() : end;
        List<List<String>> signers = new ArrayList<>();
        for (String paragraph : markdown.substring(from, end).strip().split("\n\\s*\n")) {
            signers.add(List.of(paragraph.split("\\\\\n")));
        }
        StringBuilder out = new StringBuilder("\n\n");
        for (int i = 0; i < signers.size(); i += 2) {
            List<String> a = signers.get(i);
            List<String> b = i + 1 < signers.size() ? signers.get(i + 1) : List.of();
            List<String> rows = new ArrayList<>();
            for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
                rows.add((k < a.size() ? a.get(k) : "") + " " + (k < b.size() ? b.get(k) : ""));
            }
            out.append(String.join("\\\n", rows)).append("\n\n");
        }
        return markdown.substring(0, from) + out + markdown.substring(end);
    }

    /**
     * The lines of a PDF as its reader sees them: glyphs are grouped into the lines they are set
     * on, top to bottom on each page, and a line the page wrapped is joined to the next. A line was
     * wrapped when the next line starts where a wrapped one would (at the same left edge, or at a
     * list item's text), follows at the paragraph's line spacing rather than after a paragraph's
     * gap, and its first word would not have fitted after the line within the margin. What is set
     * in the page's top and bottom margins (the running header from page 2 on, the page numbers) is
     * left out.
     */
    static List<String> ofPdf(byte[] pdf) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<Line> lines = setLines(doc);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                current.append(line.text());
                Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                if (next == null || !wrapped(line, next)) {
                    String shown = normalize(current.toString());
                    if (!shown.isEmpty()) {
                        out.add(shown);
                    }
                    current.setLength(0);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line's text without what may differ between a page and plain text: white space, hyphens, a
     * bullet (plain text writes the source's marker; a page sets •, – or ◦ by depth), and the
     * brackets of citation markers (a page raises "[1, 2]" as a superscript "1,2").
     */
    static String normalize(String line) {
        String plain = MARKER.matcher(line).replaceAll("$1");
        return BULLET.matcher(IGNORED.matcher(plain).replaceAll("")).replaceFirst("");
    }

    /**
     * One line set on a page.
     *
     * @param page the 1-based page
     * @param top the baseline's distance from the top of the page
     * @param size the largest font size on the line
     * @param start where the first glyph starts
     * @param wrapsTo where a line wrapped from this one starts: where this one starts, or, when it
     *     starts a list item, where the item's text starts after its number or bullet
     * @param end where the last glyph ends
     * @param firstWord the width of the line's first word
     * @param limit where the text area ends on the right
     * @param text the printed characters, without spaces
     */
    record Line(
            int page,
            float top,
            float size,
            float start,
            float wrapsTo,
            float end,
            float firstWord,
            float limit,
            String text) {

        /** Whether the line starts with a list item's number or bullet. */
        boolean startsItem() {
            return wrapsTo > start + 3f;
        }
    }

    private static boolean wrapped(Line line, Line next) {
        // A wrapped line starts where the line before it does, or where the text of the list
        // item that line starts does; a line further in or out starts a block of its own. (A
        // space glyph at the start of a justified line may sit a point or two to the right.)
        boolean continues =
                near(next.start(), line.wrapsTo())
                        || near(next.start(), line.start()) && !next.startsItem();
        if (!continues) {
            return false;
        }
        if (next.page() == line.page()) {
            float gap = next.top() - line.top();
            if (gap > 1.45f * Math.max(line.size(), next.size())) {
                return false; // a paragraph's gap, not its line spacing
            }
        } else if (line.end() < line.limit() - 3f) {
            // Across a page break there is no gap to see. Body text is justified, so a line the
            // page wrapped reaches the margin; one that stops short ends its paragraph, even
            // when the next page's first word is too long to have fitted after it.
            return false;
        }
        float space = 0.2f * line.size();
        return line.end() + space + next.firstWord() > line.limit() - 0.5f;
    }

    private static List<Line> setLines(PDDocument doc) throws IOException {
        List<List<TextPosition>> pages = new ArrayList<>();
        PDFTextStripper stripper =
                new PDFTextStripper() {
                    @Override
                    protected void startPage(PDPage p) throws IOException {
                        pages.add(new ArrayList<>());
                        super.startPage(p);
                    }

                    @Override
                    protected void processTextPosition(TextPosition glyph) {
                        pages.get(pages.size() - 1).add(glyph);
                    }
                };
        stripper.setSortByPosition(false);
        stripper.getText(doc);
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = doc.getPage(p);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            Paper paper = Math.abs(width - 612f) < 1f ? Paper.LETTER : Paper.A4;
            LetterStyle style = LetterStyle.standard();
            float limit = width - style.margin(paper);
            for (List<TextPosition> line : byLine(pages.get(p))) {
                // A line starts at its first glyph, a space included (a value's leading
                // no-break space, say); its text, end and words are those of what is printed.
                float start = line.get(0).getXDirAdj();
                List<TextPosition> glyphs = line.stream().filter(g -> !blank(g)).toList();
                if (glyphs.isEmpty()) {
                    continue; // OpenPDF draws a space glyph in the gap after a paragraph
                }
                float top = baseline(glyphs);
                if (top < style.topMargin(paper) || top > height - style.bottomMargin(paper)) {
                    continue; // the running header and the footer
                }
                StringBuilder text = new StringBuilder();
                for (TextPosition g : glyphs) {
                    text.append(g.getUnicode());
                }
                TextPosition last = glyphs.get(glyphs.size() - 1);
                lines.add(
                        new Line(
                                p + 1,
                                top,
                                size(glyphs),
                                start,
                                wrapsTo(start, glyphs),
                                last.getXDirAdj() + last.getWidthDirAdj(),
                                firstWord(glyphs),
                                limit,
                                text.toString()));
            }
        }
        return lines;
    }

    /**
     * Groups a page's glyphs into lines, top to bottom, each left to right. Glyphs belong to one
     * line when their baselines are closer than half the font size: lines are at least 1.2 sizes
     * apart, and a superscript rises about a third of one.
     */
    private static List<List<TextPosition>> byLine(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = null;
        float lowest = 0;
        for (TextPosition g : sorted) {
            if (line == null || g.getYDirAdj() - lowest > 0.5f * g.getFontSizeInPt()) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(g);
            lowest = g.getYDirAdj();
        }
        for (List<TextPosition> l : lines) {
            l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        }
        return lines;
    }

    /** The baseline of a line: that of its lowest glyph (superscripts sit above it). */
    private static float baseline(List<TextPosition> glyphs) {
        float y = 0;
        for (TextPosition g : glyphs) {
            y = Math.max(y, g.getYDirAdj());
        }
        return y;
    }

    private static float size(List<TextPosition> glyphs) {
        float size = 0;
        for (TextPosition g : glyphs) {
            size = Math.max(size, g.getFontSizeInPt());
        }
        return size;
    }

    private static boolean near(float x, float y) {
        return Math.abs(x - y) <= 3f;
    }

    /** Whether a glyph prints nothing: a space of any width. */
    private static boolean blank(TextPosition glyph) {
        return glyph.getUnicode()
                .codePoints()
                .allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Where the text after a list item's number or bullet starts, or else the line's start. */
    private static float wrapsTo(float start, List<TextPosition> glyphs) {
        StringBuilder marker = new StringBuilder();
        float end = glyphs.get(0).getXDirAdj();
        for (TextPosition g : glyphs) {
            if (g.getXDirAdj() - end > 0.15f * g.getFontSizeInPt()) {
                return LIST_MARKER.matcher(marker).matches() ? g.getXDirAdj() : start;
            }
            marker.append(g.getUnicode());
            end = g.getXDirAdj() + g.getWidthDirAdj();
        }
        return start;
    }

    /** The width of the first word: up to the first gap between glyphs. */
    private static float firstWord(List<TextPosition> glyphs) {
        float start = glyphs.get(0).getXDirAdj();
        float end = start;
        for (TextPosition g : glyphs) {
            if (g.getXDirAdj() - end > 0.15f * g.getFontSizeInPt()) {
                break;
            }
            end = g.getXDirAdj() + g.getWidthDirAdj();
        }
        return end - start;
    }
}
