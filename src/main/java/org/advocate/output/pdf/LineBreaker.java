package org.advocate.output.pdf;

import java.util.List;

/**
 * Breaks a paragraph of {@link TextRun}s into lines by Knuth and Plass's total-fit method: of all
 * the ways to break the paragraph, the one whose lines are together the most even. Justified lines
 * only ever widen their word spaces (never letter-space); the last line of a paragraph, and a line
 * ended by a forced break, is set at its natural spacing.
 *
 * <p>In passes, as TeX does: first without hyphenation, accepting word spaces up to 1.5 times their
 * natural width; then with hyphenation, up to {@value #MAX_GAP} times; if that cannot be done,
 * wider spaces only on lines followed by a word that has no allowed break (a long word, an address,
 * a name, the paragraph's last word), as few of them as can be; and only then anywhere. Hyphens go
 * only where the language's patterns allow, never in the last word before a break, in URLs or
 * e-mail addresses, or in runs that forbid it (links, code, merged names), and never on more than
 * {@value #MAX_HYPHENATED_IN_A_ROW} lines in a row. A ragged-right paragraph is broken the same
 * way, with the unfilled end of each line playing the part of stretch.
 *
 * <p>Not thread-safe state is all local: one breaker may be used by any number of threads.
 */
final class LineBreaker {
    /** The widest word space a justified line may have, as a multiple of its natural width. */
    static final float MAX_GAP = 1.9f;

    /** How many lines in a row may end in a hyphen. */
    static final int MAX_HYPHENATED_IN_A_ROW = 2;

    /** The widest stretch of a justified line's spaces, as a ratio of their stretchability. */
    static final float TOLERANCE = (MAX_GAP - 1f) / BreakItems.STRETCH;

    private static final float PRETOLERANCE = 1f;
    private static final float EPSILON = 0.01f;

    private final Hyphenation hyphenation;

    /**
     * @param hyphenation the language's hyphenation, or null to break only at spaces and hyphens
     */
    LineBreaker(Hyphenation hyphenation) {
        this.hyphenation = hyphenation;
    }

    /**
     * Breaks a paragraph into lines.
     *
     * @param runs the paragraph's text
     * @param width the measure, in points
     * @param justify whether full lines are stretched to the measure (else ragged right)
     * @return the lines, none when the paragraph has no text
     */
    List<Line> lines(List<TextRun> runs, float width, boolean justify) {
        List<BreakItem> items = new BreakItems(runs, hyphenation).build();
        if (items.size() <= 2) {
            return List.of();
        }
        TotalFit p = new TotalFit(items, width - EPSILON, justify);
        List<Line> lines = p.knuthPlass(false, PRETOLERANCE, false);
        if (lines == null) {
            lines = p.knuthPlass(true, TOLERANCE, false);
        }
        if (lines == null) {
            lines = p.knuthPlass(true, Float.POSITIVE_INFINITY, true);
        }
        if (lines == null) {
            lines = p.knuthPlass(true, Float.POSITIVE_INFINITY, false);
        }
        return lines != null ? lines : p.firstFit();
    }
}
