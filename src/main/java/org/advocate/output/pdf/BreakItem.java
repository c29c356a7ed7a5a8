package org.advocate.output.pdf;

/**
 * An item of a paragraph as the line breaker sees it, after Knuth and Plass: a box (text), glue (a
 * word space, which may stretch) or a penalty (a place to break and what breaking there costs). A
 * hyphenation point is a flagged penalty as wide as its hyphen.
 *
 * @param kind box, glue or penalty
 * @param run the run the item's text (or hyphen, or space) is printed in
 * @param text the text a box prints, " " for glue, "-" for a hyphenation point
 * @param width the natural width, in points
 * @param stretch how far glue may stretch at ratio 1, in points
 * @param finishing whether this is the glue that fills a paragraph's last line
 * @param penalty the cost of breaking here; {@link #FORCED} for a break that must be taken
 * @param flagged whether a break here ends the line in a hyphen
 * @param pattern whether this is a hyphenation point from the patterns
 * @param beforeUnbreakable whether this glue comes before a word with no hyphenation point
 */

/**
 * A box (text), glue (a word space) or penalty (a place to break and what it costs); a hyphenation
 * point is a flagged penalty as wide as its hyphen.
 */
record BreakItem(
        Kind kind,
        TextRun run,
        String text,
        float width,
        float stretch,
        boolean finishing,
        int penalty,
        boolean flagged,
        boolean pattern,
        boolean beforeUnbreakable) {
    /** What an item is. */
    enum Kind {
        BOX,
        GLUE,
        PENALTY
    }

    /** The cost of breaking at a hyphen. */
    static final int HYPHEN_PENALTY = 50;

    /** The cost of breaking an address after a slash. */
    static final int URL_PENALTY = 200;

    /** The penalty of a break that must be taken. */
    static final int FORCED = -10_000;

    static BreakItem box(TextRun run, String text) {
        return new BreakItem(
                Kind.BOX, run, text, run.width(text), 0f, false, 0, false, false, false);
    }

    static BreakItem glue(TextRun run, float stretchShare) {
        float w = run.width(" ");
        return new BreakItem(
                Kind.GLUE, run, " ", w, w * stretchShare, false, 0, false, false, false);
    }

    static BreakItem finishing(TextRun run) {
        return new BreakItem(Kind.GLUE, run, "", 0f, 0f, true, 0, false, false, false);
    }

    static BreakItem forced(TextRun run) {
        return new BreakItem(Kind.PENALTY, run, "", 0f, 0f, false, FORCED, false, false, false);
    }

    static BreakItem hyphen(TextRun run) {
        return new BreakItem(
                Kind.PENALTY,
                run,
                "-",
                run.width("-"),
                0f,
                false,
                HYPHEN_PENALTY,
                true,
                true,
                false);
    }

    static BreakItem afterHyphen(TextRun run) {
        return new BreakItem(
                Kind.PENALTY, run, "", 0f, 0f, false, HYPHEN_PENALTY, true, false, false);
    }

    static BreakItem afterSlash(TextRun run) {
        return new BreakItem(
                Kind.PENALTY, run, "", 0f, 0f, false, URL_PENALTY, false, false, false);
    }

    /** This glue, marked as followed by a word with no allowed break. */
    BreakItem markedBeforeUnbreakable() {
        return new BreakItem(
                kind, run, text, width, stretch, finishing, penalty, flagged, pattern, true);
    }

    boolean isForced() {
        return kind == Kind.PENALTY && penalty == FORCED;
    }
}
