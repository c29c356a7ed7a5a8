package org.advocate.output.pdf;

import java.util.Locale;

/**
 * A character that no embedded font can show. The PDF writer turns it into an input error that
 * names the character and the letter field it came from: a letter must never go out with a glyph
 * silently missing.
 */
public final class UnprintableCharacterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int codePoint;

    /**
     * @param codePoint the character
     * @param text the text it was found in
     */
    public UnprintableCharacterException(int codePoint, String text) {
        super(
                describe(codePoint)
                        + " cannot be printed: no embedded font has it (in \""
                        + text
                        + "\")");
        this.codePoint = codePoint;
    }

    /** The character no font can show. */
    public int codePoint() {
        return codePoint;
    }

    /** Returns "U+1F600 (GRINNING FACE)". */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint)
                + (name == null ? "" : " (" + name + ")");
    }
}
