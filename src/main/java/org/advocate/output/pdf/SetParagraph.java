package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/**
 * A paragraph whose lines are already broken: each line becomes one OpenPDF paragraph of exactly
 * its own text, so OpenPDF only places lines and never re-breaks them. A line to be justified is
 * stretched by widening its word spaces; every other line keeps its natural spacing.
 *
 * @param lines the lines, at least one
 * @param style the paragraph's style (alignment, leading, spacing)
 * @param keepWithNext whether the paragraph must share its page with the start of what follows
 * @param continued the word that heads the part of the paragraph carried to a new page (a list of
 *     signatories says it is continued), or null for none
 * @param rtl whether the paragraph is set right to left
 */
record SetParagraph(
        List<Line> lines, TextStyle style, boolean keepWithNext, String continued, boolean rtl) {
    SetParagraph {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a paragraph has at least one line");
        }
    }

    /** The height of a line: its largest font size times the leading. */
    float lineHeight(int index) {
        return lines.get(index).size() * style.leading();
    }

    /** The height of lines {@code from} (inclusive) to {@code to} (exclusive). */
    float height(int from, int to) {
        float h = 0f;
        for (int i = from; i < to; i++) {
            h += lineHeight(i);
        }
        return h;
    }

    /** The OpenPDF elements of lines {@code from} to {@code to}, spacing kept at the ends. */
    List<Element> elements(int from, int to) {
        List<Element> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Paragraph p = element(lines.get(i), lineHeight(i));
            if (i == 0) {
                p.setSpacingBefore(style.spaceBefore());
            }
            if (i == lines.size() - 1) {
                p.setSpacingAfter(style.spaceAfter());
            }
            out.add(p);
        }
        return out;
    }

    /** The label that heads the paragraph's part on a new page, e.g. "(continued)". */
    Paragraph continuation() {
        Font font = lines.get(0).runs().get(0).font();
        Font plain = new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, font.getColor());
        FontSet.check(plain.getBaseFont(), continued);
        Paragraph p = new Paragraph(continued, plain);
        p.setLeading(lineHeight(0));
        return p;
    }

    /** Every line's element. */
    List<Element> elements() {
        return elements(0, lines.size());
    }

    /** A paragraph OpenPDF sets as it is: its runs in one paragraph, OpenPDF's line breaks. */
    static Paragraph unbroken(List<TextRun> runs, TextStyle style, boolean rtl) {
        Paragraph p = new Paragraph();
        p.setLeading(0f, style.leading());
        p.setAlignment(style.alignment());
        runs = Direction.visual(runs, rtl);
        p.setSpacingBefore(style.spaceBefore());
        p.setSpacingAfter(style.spaceAfter());
        p.setFont(runs.get(0).font());
        for (TextRun run : runs) {
            p.add(chunk(run));
        }
        return p;
    }

    private static boolean hasShapedRun(Line line) {
        for (TextRun run : line.runs()) {
            if (Shaper.standard().shapes(run.font().getBaseFont())) {
                return true;
            }
        }
        return false;
    }

    private Paragraph element(Line line, float height) {
        Paragraph p = new Paragraph();
        p.setLeading(height);
        int alignment = style.alignment();
        if (line.justify() && !hasShapedRun(line)) {
            alignment = Element.ALIGN_JUSTIFIED_ALL;
        } else if (alignment == Element.ALIGN_JUSTIFIED || alignment == Element.ALIGN_LEFT) {
            // OpenPDF stretches a justified line's spaces by drawing its text glyph by glyph,
            // which would undo shaping: a line with shaped text keeps its natural spacing.
            alignment = rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }
        p.setAlignment(alignment);
        // OpenPDF sets paragraph spacing as a blank line in the paragraph's own font: without one
        // it would use its default font, which is not embedded.
        p.setFont(line.runs().get(0).font());
        for (TextRun run : Direction.visual(line.runs(), rtl)) {
            Chunk chunk = chunk(run);
            if (run.link() != null) {
                chunk.setAnchor(run.link());
            }
            if (run.rise() != 0f) {
                chunk.setTextRise(run.rise());
            }
            p.add(chunk);
        }
        return p;
    }

    /** A run's text in its font, on its background colour if it has one. */
    private static Chunk chunk(TextRun run) {
        Chunk chunk = new Chunk(run.text(), run.font());
        if (run.background() != null) {
            // A little above and below the letters, as a highlighter pen marks them.
            float pad = run.font().getSize() * 0.12f;
            chunk.setBackground(run.background(), 0f, pad, 0f, pad);
        }
        return chunk;
    }
}
