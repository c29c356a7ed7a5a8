package org.advocate.output.pdf;

import java.awt.Color;
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
 * @param background the colour behind the text (a proof's mark on a merged value), or null
 */
public record TextRun(
        String text, Font font, String link, float rise, boolean hyphenate, Color background) {
    static final String FORCED_BREAK = "\n";

    /** A run with nothing behind its text. */
    public TextRun(String text, Font font, String link, float rise, boolean hyphenate) {
        this(text, font, link, rise, hyphenate, null);
    }

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
        return new TextRun(other, font, link, rise, hyphenate, background);
    }

    /** The same run with a colour behind its text, or none (null). */
    TextRun withBackground(Color color) {
        return new TextRun(text, font, link, rise, hyphenate, color);
    }

    /** Whether two runs print alike, so that their text can share one chunk. */
    boolean sameStyle(TextRun other) {
        return font == other.font
                && rise == other.rise
                && java.util.Objects.equals(link, other.link)
                && java.util.Objects.equals(background, other.background);
    }
}
