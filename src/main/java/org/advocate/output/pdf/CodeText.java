package org.advocate.output.pdf;

/** Whitespace rules for code: tabs to four-column stops, and indentation that survives layout. */
final class CodeText {
    private static final int TAB = 4;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private CodeText() {}

    /** Replaces tabs with spaces up to the next multiple of four columns. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TAB != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Turns leading spaces into no-break spaces: OpenPDF drops spaces at the start of a line, which
     * would flatten indented code.
     */
    static String keepIndent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n == 0 ? line : String.valueOf(NO_BREAK_SPACE).repeat(n) + line.substring(n);
    }
}
