package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;

/**
 * Splits text into runs so that each merged name it prints (a person's or an organization's, as the
 * letter's data gave it) is a run of its own that is never hyphenated.
 */
final class NameRuns {
    private NameRuns() {}

    /**
     * @param text the text
     * @param font its font
     * @param link its link, or null
     * @param hyphenate whether the text may be hyphenated at all
     * @param names the names, longest first
     */
    static List<TextRun> split(
            String text, Font font, String link, boolean hyphenate, List<String> names) {
        List<TextRun> runs = new ArrayList<>(1);
        int from = 0;
        while (hyphenate && from < text.length()) {
            int at = -1;
            String name = null;
            for (String n : names) {
                int i = text.indexOf(n, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    name = n;
                }
            }
            if (name == null) {
                break;
            }
            if (at > from) {
                runs.add(new TextRun(text.substring(from, at), font, link, 0f, true));
            }
            runs.add(new TextRun(name, font, link, 0f, false));
            from = at + name.length();
        }
        if (from < text.length()) {
            runs.add(new TextRun(text.substring(from), font, link, 0f, hyphenate));
        }
        return runs;
    }
}
