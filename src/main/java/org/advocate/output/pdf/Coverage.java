package org.advocate.output.pdf;

import java.nio.file.Path;
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
     *
     * @param codePoint the character
     * @param userFonts the user's font files
     */
    public static boolean canPrint(int codePoint, List<Path> userFonts) {
        FontSet fonts = FontSet.standard();
        FontChain chain = FontChain.of(userFonts);
        return chain.canShow(fonts.baseFont(Face.SERIF), codePoint)
                && chain.canShow(fonts.baseFont(Face.SANS), codePoint);
    }
}
