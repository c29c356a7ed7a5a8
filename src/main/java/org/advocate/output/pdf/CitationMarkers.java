package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Font;

/**
 * Citation markers in running text, as the templates print them ({@code " [1]"}, {@code " [1,
 * 2]"}), set as raised, smaller numbers joined to the word before them, so that no line (and so no
 * page) can start with one.
 */
final class CitationMarkers {
    private static final Pattern MARKER = Pattern.compile(" ?\\[(\\d{1,3}(?:, ?\\d{1,3})*)\\]");
    private static final float SIZE = 0.68f;
    private static final float RISE = 0.36f;

    private CitationMarkers() {}

    /**
     * Splits text at its markers: text and marker numbers alternate, text first, so the numbers
     * ("1,2") are at the odd indexes.
     */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>(1);
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            parts.add(text.substring(from, m.start()));
            parts.add(m.group(1).replace(" ", ""));
            from = m.end();
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** A marker's run: the regular face of the text's family, smaller and raised, never broken. */
    static TextRun superscript(
            String numbers, Font text, FontSet fonts, Face.Family family, String link) {
        Font small =
                fonts.font(Face.of(family, false, false), text.getSize() * SIZE, text.getColor());
        FontSet.check(small.getBaseFont(), numbers);
        return new TextRun(numbers, small, link, text.getSize() * RISE, false);
    }
}
