package org.advocate.input;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What text from data files may contain. Control characters other than tab and line breaks, and the
 * invisible characters that can disguise text (bidirectional overrides and isolates, zero-width
 * spaces, byte-order marks), are refused: they make a printed name differ from what a reader sees
 * in the spreadsheet.
 *
 * <p>Most fields are one line: a name, a title, an address line, a subject. In those a line break
 * ({@link #isLineBreak}) is refused too: a writer that sets text on paper would start a new line
 * there, so a crafted name could add lines that look like part of the letter. Only Markdown fields
 * (a letter's own paragraphs, argument bodies) span lines.
 *
 * <p>Every text value is put in Unicode normalization form C ({@link #normalize}) once, where it is
 * read, so a name typed with a combining accent ("e" followed by U+0301) and the same name typed
 * with the precomposed letter (U+00E9) are one value: they print identically, compare equal and
 * sort together.
 */
public final class TextRules {
    private TextRules() {}

    /**
     * Returns the text in Unicode normalization form C (canonical composition). Canonical
     * equivalents become one sequence; compatibility characters (ligatures, full-width forms,
     * superscripts) are kept as typed, and no script's letters or marks are removed or reordered
     * beyond the canonical order of combining marks.
     */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Returns a message for the first forbidden character in the text, or null when it is fine. */
    public static String check(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (forbidden(cp)) {
                return "contains "
                        + describe(cp)
                        + " at character "
                        + (text.codePointCount(0, i) + 1)
                        + ", which is not allowed in letter data";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Returns a message for the first line break or forbidden character in a one-line field's text,
     * or null when it is fine.
     */
    public static String checkLine(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLineBreak(cp)) {
                return "contains a line break, "
                        + describe(cp)
                        + ", at character "
                        + (text.codePointCount(0, i) + 1)
                        + "; this field is one line";
            }
            i += Character.charCount(cp);
        }
        return check(text);
    }

    /**
     * Whether a character ends a line somewhere: line feed, carriage return, vertical tab, form
     * feed, next line (U+0085), line separator (U+2028) and paragraph separator (U+2029).
     */
    public static boolean isLineBreak(int cp) {
        return (cp >= '\n' && cp <= '\r') || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Returns "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    static boolean forbidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200B
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x2060
                || cp == 0xFEFF
                || Character.getType(cp) == Character.SURROGATE;
    }
}
