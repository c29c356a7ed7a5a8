package org.advocate.output.pdf;

import java.util.List;

/**
 * Which characters a PDF can print: those of the text faces, then of the fallback fonts (the user's
 * and the bundled ones). What {@code check} asks before any layout, so that a check that passes
 * means the PDF renders.
 */
public final class Coverage {
    private Coverage() {}

    /**
     * Whether a character prints in both the serif and the sans text (the fallback fonts count:
     * loading the one of the character's script if need be).
     */
    public static boolean canPrint(int codePoint) {
        FontSet fonts = FontSet.standard();
        FontChain chain = new FontChain(FallbackFonts.standard(), List.of());
        return chain.canShow(fonts.baseFont(Face.SERIF), codePoint)
                && chain.canShow(fonts.baseFont(Face.SANS), codePoint);
    }
}
