package org.advocate.output.pdf;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Builds one document's content, as commonmark's text writers build a string: node renderers open
 * and close paragraphs, add styled text, and nest blocks in cells; the writer picks fonts, checks
 * that every character can be printed, and routes finished blocks to the page flow, a container, or
 * the current section's {@link LetterLayout}.
 *
 * <p>Created per document by {@link PdfRenderer}; not reusable and not thread-safe.
 */
public final class PdfContentWriter {
    private final FontSet fonts;
    private final LetterStyle style;
    private final LetterLayout layout;
    private final Deque<BlockSink> sinks = new ArrayDeque<>();
    private Section section = Section.BODY;
    private boolean anyContent;

    private Paragraph paragraph;
    private TextStyle textStyle;
    private boolean firstLetterheadLine;
    private int strong;
    private int emphasis;
    private int code;
    private final Deque<String> links = new ArrayDeque<>();

    PdfContentWriter(FontSet fonts, LetterStyle style, LetterLayout layout, BlockSink page) {
        this.fonts = fonts;
        this.style = style;
        this.layout = layout;
        this.sinks.push(page);
    }

    /** The section being written. */
    public Section section() {
        return section;
    }

    /** The letter's style. */
    public LetterStyle letterStyle() {
        return style;
    }

    /** The paragraph style of the current section. */
    public TextStyle sectionStyle() {
        return style.section(section);
    }

    /**
     * Starts a section: the previous one is finished (a letterhead gets its logo and rule, a
     * closing is kept together) and what follows is set in the new one's style.
     */
    public void startSection(Section next) {
        endParagraph();
        layout.leave(section, this);
        section = next;
        layout.enter(section, this);
    }

    /** Finishes the document's content. */
    void finish() {
        endParagraph();
        layout.leave(section, this);
        section = Section.BODY;
    }

    /** Whether anything at all was laid out. */
    boolean hasContent() {
        return anyContent;
    }

    /** Starts a paragraph; text goes into it until {@link #endParagraph()}. */
    public void beginParagraph(TextStyle paragraphStyle) {
        endParagraph();
        textStyle = paragraphStyle;
        paragraph = new Paragraph();
        paragraph.setLeading(0f, paragraphStyle.leading());
        paragraph.setAlignment(paragraphStyle.alignment());
        paragraph.setSpacingBefore(paragraphStyle.spaceBefore());
        paragraph.setSpacingAfter(paragraphStyle.spaceAfter());
        // The letterhead's first line is the sender's name, set larger than its address lines.
        firstLetterheadLine = section == Section.LETTERHEAD && sinks.peek().isEmpty();
        // OpenPDF sets paragraph spacing as a blank line in the paragraph's own font: without
        // one it would use its default font, which is not embedded.
        paragraph.setFont(currentFont());
    }

    /** Ends the open paragraph, if any, and adds it to the current container. */
    public void endParagraph() {
        if (paragraph == null) {
            return;
        }
        Paragraph done = paragraph;
        paragraph = null;
        textStyle = null;
        firstLetterheadLine = false;
        if (!done.isEmpty()) {
            add(done);
        }
    }

    /** Adds text in the current style; tabs print as spaces. */
    public void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        ensureParagraph();
        Chunk chunk = chunk(text.replace('\t', ' '), currentFont());
        if (!links.isEmpty()) {
            chunk.setAnchor(links.peek());
        }
        paragraph.add(chunk);
    }

    /** Breaks the line inside the open paragraph. */
    public void lineBreak() {
        ensureParagraph();
        // A newline chunk in the current font: OpenPDF's Chunk.NEWLINE would bring in its
        // default font, which is not embedded.
        paragraph.add(new Chunk("\n", currentFont()));
        firstLetterheadLine = false;
    }

    public void beginStrong() {
        strong++;
    }

    public void endStrong() {
        strong--;
    }

    public void beginEmphasis() {
        emphasis++;
    }

    public void endEmphasis() {
        emphasis--;
    }

    public void beginCode() {
        code++;
    }

    public void endCode() {
        code--;
    }

    /** Makes the following text a live link to the destination, which the caller has vetted. */
    public void beginLink(String destination) {
        links.push(destination);
    }

    public void endLink() {
        links.pop();
    }

    /** Adds a finished block to the current container. */
    public void add(Element element) {
        endParagraph();
        sinks.peek().add(element);
        anyContent = true;
    }

    /** The width available to blocks in the current container, in points. */
    public float width() {
        return sinks.peek().width();
    }

    /**
     * Sends blocks into a cell whose content is {@code contentWidth} wide, until {@link #popCell}.
     */
    public void pushCell(PdfPCell cell, float contentWidth) {
        pushSink(BlockSink.of(cell, contentWidth));
    }

    /** Returns to the container that was current before the last {@link #pushCell}. */
    public void popCell() {
        popSink();
    }

    void pushSink(BlockSink sink) {
        endParagraph();
        sinks.push(sink);
    }

    void popSink() {
        endParagraph();
        if (sinks.size() > 1) {
            sinks.pop();
        }
    }

    /** A thin horizontal rule across the container. */
    public void rule() {
        add(Blocks.rule(0.5f, style.ruleColor(), 8f, 6f));
    }

    /** A shaded block of monospace text, lines and indentation kept. */
    public void codeBlock(String literal) {
        TextStyle base = sectionStyle();
        Font font = fonts.font(Face.MONO, base.size() * style.codeScale(), base.color());
        Paragraph p = new Paragraph();
        p.setLeading(0f, 1.25f);
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.add(new Chunk("\n", font));
            }
            String line = CodeText.expandTabs(lines[i]);
            if (!line.isEmpty()) {
                p.add(chunk(CodeText.keepIndent(line), font));
            }
        }
        PdfPCell cell = Blocks.plainCell();
        cell.setBackgroundColor(style.codeBackground());
        cell.setPadding(6f);
        cell.setPaddingTop(3f);
        cell.addElement(p);
        PdfPTable box = Blocks.box(cell);
        box.setSpacingBefore(2f);
        box.setSpacingAfter(Math.max(base.spaceAfter(), 4f));
        add(box);
    }

    /** Text printed as it stands, line by line (raw HTML, which is never interpreted). */
    public void literalBlock(String literal) {
        beginParagraph(sectionStyle().withAlignment(Element.ALIGN_LEFT));
        String[] lines = literal.strip().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                lineBreak();
            }
            text(lines[i]);
        }
        endParagraph();
    }

    /** A chunk of text in a font, after checking that the font has every character. */
    Chunk chunk(String text, Font font) {
        FontSet.check(font.getBaseFont(), text);
        return new Chunk(text, font);
    }

    /** The font the current text style and nesting call for. */
    public Font currentFont() {
        TextStyle s = textStyle != null ? textStyle : sectionStyle();
        if (firstLetterheadLine) {
            s = style.letterheadName();
        }
        Face.Family family = code > 0 ? Face.Family.MONO : s.family();
        boolean bold = strong > 0 || firstLetterheadLine;
        float size = code > 0 ? s.size() * style.codeScale() : s.size();
        Color color = links.isEmpty() ? s.color() : style.linkColor();
        return fonts.font(Face.of(family, bold, emphasis > 0), size, color);
    }

    private void ensureParagraph() {
        if (paragraph == null) {
            beginParagraph(sectionStyle());
        }
    }
}
