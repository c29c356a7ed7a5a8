package org.advocate.output.pdf;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

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
    private final ParagraphSetter setter;
    private final Deque<BlockSink> sinks = new ArrayDeque<>();
    private Section section = Section.BODY;
    private boolean anyContent;

    private List<TextRun> paragraph;
    private TextStyle textStyle;
    private boolean keepWithNext;
    private boolean firstLetterheadLine;
    private int strong;
    private int emphasis;
    private int code;
    private boolean marked;
    private final Deque<String> links = new ArrayDeque<>();

    PdfContentWriter(
            FontSet fonts,
            FontChain chain,
            boolean rtl,
            LetterStyle style,
            LetterLayout layout,
            LineBreaker breaker,
            List<String> names,
            String continuedLabel,
            BlockSink page) {
        this.fonts = fonts;
        this.style = style;
        this.layout = layout;
        this.setter = new ParagraphSetter(chain, rtl, breaker, names, continuedLabel);
        this.sinks.push(page);
    }

    /** The section being written. */
    public Section section() {
        return section;
    }

    /** What heads a list of signatories carried over to a new page: "(continued)". */
    String continuedLabel() {
        return setter.continuedLabel();
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
        layout.leave(section, next, this);
        section = next;
        layout.enter(section, this);
    }

    /** Finishes the document's content. */
    void finish() {
        endParagraph();
        layout.leave(section, null, this);
        section = Section.BODY;
        sinks.peekLast().finish();
    }

    /** Whether anything at all was laid out. */
    boolean hasContent() {
        return anyContent;
    }

    /** Starts a paragraph; text goes into it until {@link #endParagraph()}. */
    public void beginParagraph(TextStyle paragraphStyle) {
        endParagraph();
        textStyle = paragraphStyle;
        paragraph = new ArrayList<>();
        keepWithNext = false;
        // The letterhead's first line is the sender's name, set larger than its address lines.
        firstLetterheadLine = section == Section.LETTERHEAD && sinks.peek().isEmpty();
    }

    /** Keeps the open paragraph on the same page as the start of the next block. */
    public void keepWithNext() {
        keepWithNext = true;
    }

    /** Ends the open paragraph, if any, and adds it to the current container. */
    public void endParagraph() {
        if (paragraph == null) {
            return;
        }
        List<TextRun> done = paragraph;
        TextStyle doneStyle = textStyle;
        paragraph = null;
        marked = false;
        textStyle = null;
        firstLetterheadLine = false;
        if (done.isEmpty()) {
            return;
        }
        if (setter.setInto(sinks.peek(), done, doneStyle, keepWithNext, section)) {
            anyContent = true;
        }
    }

    /** Adds text in the current style; tabs print as spaces. */
    public void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        ensureParagraph();
        String plain = text.replace('\t', ' ');
        if (code > 0 || section != Section.BODY) {
            run(plain);
            return;
        }
        List<String> parts = CitationMarkers.split(plain);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                run(parts.get(i));
            } else {
                paragraph.add(
                        CitationMarkers.superscript(
                                parts.get(i),
                                currentFont(),
                                fonts,
                                textStyle.family(),
                                links.peek()));
            }
        }
    }

    /** Adds text as runs: merged names unhyphenated, other scripts in the chain's fonts. */
    private void run(String text) {
        if (text.isEmpty()) {
            return;
        }
        Font font = currentFont();
        // Lists of signatories and signers' blocks are names: never hyphenated.
        boolean hyphenate =
                code == 0
                        && links.isEmpty()
                        && section != Section.SIGNATORIES
                        && section != Section.SIGNERS;
        paragraph.addAll(setter.runs(text, font, links.peek(), hyphenate, isBold(), marked));
    }

    private boolean isBold() {
        return strong > 0 || firstLetterheadLine;
    }

    /** Breaks the line inside the open paragraph. */
    public void lineBreak() {
        ensureParagraph();
        paragraph.add(new TextRun(TextRun.FORCED_BREAK, currentFont(), null, 0f, false));
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

    /** Sets what follows on a proof's highlight (a merged value), or not; a paragraph ends it. */
    public void mark(boolean on) {
        marked = on;
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

    /** Adds a block that must share its page with the last lines before it. */
    void addWithPrevious(Element element) {
        endParagraph();
        sinks.peek().addWithPrevious(element);
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
        add(CodeText.box(literal, font, style.codeBackground(), base.spaceAfter()));
    }

    /** The font the current text style and nesting call for. */
    public Font currentFont() {
        TextStyle s = textStyle != null ? textStyle : sectionStyle();
        if (firstLetterheadLine) {
            s = style.letterheadName();
        }
        Face.Family family = code > 0 ? Face.Family.MONO : s.family();
        boolean bold = isBold();
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
