package org.advocate.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a PDF with their glyph positions, read back with PDFBox: what a reader sees
 * on the page, to measure typesetting by (characters per line, word gaps, where lines start).
 */
public final class PdfLines {
    /** Liberation Serif's word space (that of Times): a quarter of an em. */
    public static final float SERIF_SPACE_EMS = 0.25f;

    private PdfLines() {}

    /**
     * A gap between two words on a line.
     *
     * @param width the gap, in points
     * @param natural the natural word space of the font around it, in points
     * @param after the word after the gap
     */
    public record Gap(float width, float natural, String after) {
        /** The gap as a multiple of the natural space. */
        public float ratio() {
            return width / natural;
        }
    }

    /**
     * A printed line.
     *
     * @param page the page, from 1
     * @param baseline the baseline of its first glyph, from the top of the page, in points
     * @param left where its first glyph starts
     * @param right where its last glyph ends
     * @param size the largest font size on the line
     * @param font the font of its first glyph at that size
     * @param firstSize the font size of its first glyph
     * @param text its text, a single space for each word gap
     * @param gaps its word gaps, in order
     */
    public record Line(
            int page,
            float baseline,
            float left,
            float right,
            float size,
            String font,
            float firstSize,
            String text,
            List<Gap> gaps) {
        /** Whether the line is set in the serif text face. */
        public boolean isSerif() {
            return font.contains("Serif");
        }

        /** The line's first word. */
        public String firstWord() {
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        }

        /** The line's last word. */
        public String lastWord() {
            return text.substring(text.lastIndexOf(' ') + 1);
        }
    }

    /** The lines of every page, in the order they were drawn. */
    public static List<Line> of(PDDocument doc) {
        List<List<TextPosition>> groups = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        try {
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        private TextPosition previous;

                        @Override
                        protected void processTextPosition(TextPosition t) {
                            if (t.getUnicode().isBlank()) {
                                return;
                            }
                            float size = t.getFontSizeInPt();
                            boolean newLine =
                                    previous == null
                                            || pages.get(pages.size() - 1) != getCurrentPageNo()
                                            || Math.abs(t.getYDirAdj() - previous.getYDirAdj())
                                                    > 0.6f
                                                            * Math.max(
                                                                    size,
                                                                    previous.getFontSizeInPt())
                                            || t.getXDirAdj() < previous.getXDirAdj() - 1f;
                            if (newLine) {
                                groups.add(new ArrayList<>());
                                pages.add(getCurrentPageNo());
                            }
                            groups.get(groups.size() - 1).add(t);
                            previous = t;
                        }
                    };
            stripper.setSortByPosition(false);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            lines.add(line(pages.get(i), groups.get(i)));
        }
        return lines;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        float size = 0f;
        String font = first.getFont().getName();
        for (TextPosition t : glyphs) {
            if (t.getFontSizeInPt() > size) {
                size = t.getFontSizeInPt();
                font = t.getFont().getName();
            }
        }
        StringBuilder text = new StringBuilder();
        List<Gap> gaps = new ArrayList<>();
        List<Integer> gapAt = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition t = glyphs.get(i);
            if (i > 0) {
                TextPosition p = glyphs.get(i - 1);
                float gap = t.getXDirAdj() - (p.getXDirAdj() + p.getWidthDirAdj());
                float natural = SERIF_SPACE_EMS * t.getFontSizeInPt();
                if (gap > 0.5f * natural) {
                    text.append(' ');
                    gaps.add(new Gap(gap, natural, null));
                    gapAt.add(text.length());
                }
            }
            text.append(t.getUnicode());
        }
        String s = text.toString();
        List<Gap> named = new ArrayList<>();
        for (int g = 0; g < gaps.size(); g++) {
            int from = gapAt.get(g);
            int to = g + 1 < gapAt.size() ? gapAt.get(g + 1) - 1 : s.length();
            named.add(new Gap(gaps.get(g).width(), gaps.get(g).natural(), s.substring(from, to)));
        }
        return new Line(
                page,
                first.getYDirAdj(),
                first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(),
                size,
                font,
                first.getFontSizeInPt(),
                s,
                named);
    }
}
