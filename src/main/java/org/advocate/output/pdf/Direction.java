package org.advocate.output.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The direction of a letter's paragraphs, and the order a line's runs are drawn in: text is stored
 * and extracted in logical order, and each line is reordered for display by the Unicode
 * bidirectional algorithm ({@link Bidi}), so an Arabic or Hebrew name inside an English line reads
 * right to left in its place, and a letter in Arabic or Hebrew is set right to left.
 */
final class Direction {
    /** Languages written right to left. */
    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb");

    private Direction() {}

    /** Whether a letter in this language is set right to left. */
    static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /**
     * A line's runs in the order they are drawn, left to right. A run that holds text of two
     * directions is split where the direction changes; a line with no right-to-left text in a
     * left-to-right paragraph is returned as it is.
     *
     * @param runs the line's runs, in logical order
     * @param rtl whether the paragraph is right to left
     */
    static List<TextRun> visual(List<TextRun> runs, boolean rtl) {
        StringBuilder b = new StringBuilder();
        for (TextRun run : runs) {
            b.append(run.text());
        }
        char[] chars = b.toString().toCharArray();
        if (!rtl && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return runs;
        }
        Bidi bidi =
                new Bidi(
                        chars,
                        0,
                        null,
                        0,
                        chars.length,
                        rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return runs;
        }
        List<TextRun> pieces = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int offset = 0;
        for (TextRun run : runs) {
            String t = run.text();
            int start = 0;
            for (int i = 1; i <= t.length(); i++) {
                if (i == t.length()
                        || bidi.getLevelAt(offset + i) != bidi.getLevelAt(offset + start)) {
                    pieces.add(
                            start == 0 && i == t.length()
                                    ? run
                                    : run.withText(t.substring(start, i)));
                    levels.add(bidi.getLevelAt(offset + start));
                    start = i;
                }
            }
            offset += t.length();
        }
        byte[] lv = new byte[levels.size()];
        for (int i = 0; i < lv.length; i++) {
            lv[i] = (byte) (int) levels.get(i);
        }
        Object[] order = pieces.toArray();
        Bidi.reorderVisually(lv, 0, order, 0, order.length);
        List<TextRun> out = new ArrayList<>(order.length);
        for (Object o : order) {
            out.add((TextRun) o);
        }
        return out;
    }
}
