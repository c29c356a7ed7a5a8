package org.advocate.output.pdf;

import org.openpdf.text.Font;

/**
 * A stretch of text in one style, the unit the line breaker takes: bold, italic, a link, a font
 * chosen for characters the text face lacks, or (later) a shaped or right-to-left run are all runs
 * of their own. A run holding only {@code "\n"} is a forced line break.
 *
 * @param text the characters; spaces between words are break opportunities
 * @param font the font, size and colour
 * @param link the link destination, vetted by the caller, or null
 * @param rise how far the baseline is raised, in points (a superscript's rise), or 0
 * @param hyphenate whether words of this run may be hyphenated (not in links, code or names)
 */
public record TextRun(String text, Font font, String link, float rise, boolean hyphenate) {
    static final String FORCED_BREAK = "\n";

    /** Whether this run is a forced line break. */
    boolean isForcedBreak() {
        return FORCED_BREAK.equals(text);
    }

    /** The width of some text in this run's font, in points (after shaping, if it is shaped). */
    float width(String s) {
        return Shaper.standard().width(font, s);
    }

    /** The same style with other text. */
    TextRun withText(String other) {
        return new TextRun(other, font, link, rise, hyphenate);
    }

    /** Whether two runs print alike, so that their text can share one chunk. */
    boolean sameStyle(TextRun other) {
        return font == other.font
                && rise == other.rise
                && java.util.Objects.equals(link, other.link);
    }
}
