package org.advocate.output.pdf;

import java.util.List;

/**
 * One line of a paragraph as the line breaker set it.
 *
 * @param runs the line's text, in order, spaces included and any hyphen at the end
 * @param width the natural width of the text, in points
 * @param justify whether the line is to be stretched to the full measure
 * @param hyphenated whether the line ends in a hyphen the breaker added or broke after
 * @param size the largest font size on the line, from which its height follows
 */
public record Line(
        List<TextRun> runs, float width, boolean justify, boolean hyphenated, float size) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** The line's plain text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (TextRun run : runs) {
            b.append(run.text());
        }
        return b.toString();
    }
}
