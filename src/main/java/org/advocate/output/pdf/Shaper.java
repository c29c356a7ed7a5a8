package org.advocate.output.pdf;

import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.text.Bidi;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * Complex-script shaping (Arabic joining, Indic conjuncts, Thai marks) through the JDK's font
 * engine, for the fonts that need it: the bundled fallback fonts and the user's fonts, never the
 * Latin text faces (they print as OpenPDF has always printed them, at no extra cost).
 *
 * <p>OpenPDF shapes a chunk when its document has a {@link GlyphLayoutManager} that supports the
 * chunk's font; this class is that manager's font registry. It replaces OpenPDF's deprecated {@code
 * LayoutProcessor}, which is process-wide static state that loads fonts from any file name or URL
 * it is given: here each document gets a manager, and fonts are registered only by {@link
 * FallbackFonts} from bytes it has read and checked itself. A registered font's Java font is kept
 * for the life of the process, as the font itself is; registration and lookup are thread-safe.
 */
final class Shaper extends GlyphLayoutFontManager {
    private static final FontRenderContext CONTEXT =
            new FontRenderContext(new AffineTransform(), false, true);

    private final Map<BaseFont, java.awt.Font> fonts = new ConcurrentHashMap<>();

    private Shaper() {}

    /** The process-wide shaper: created on first use. */
    static Shaper standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Shaper STANDARD = new Shaper();
    }

    /** Shapes a font's text from now on; the Java font is made from the same bytes. */
    void register(BaseFont font, java.awt.Font shaping) {
        fonts.putIfAbsent(font, shaping);
    }

    /** A new document's layout manager: its paragraphs run left to right, or right to left. */
    GlyphLayoutManager manager(boolean rtl) {
        return new ShapedTextLayout(this, rtl);
    }

    /** Whether a font's text is shaped. */
    boolean shapes(BaseFont font) {
        return fonts.containsKey(font);
    }

    @Override
    public boolean supportsFont(BaseFont baseFont) {
        return fonts.containsKey(baseFont);
    }

    @Override
    public java.awt.Font getAwtFont(BaseFont baseFont, float size) {
        java.awt.Font font = fonts.get(baseFont);
        if (font == null) {
            throw new IllegalArgumentException(
                    "font " + baseFont.getPostscriptFontName() + " is not shaped");
        }
        return font.deriveFont(size);
    }

    /** The width of some text in a font, in points: after shaping, for the fonts shaped. */
    float width(Font font, String text) {
        BaseFont base = font.getBaseFont();
        if (text.isEmpty() || !fonts.containsKey(base)) {
            return base.getWidthPoint(text, font.getSize());
        }
        GlyphVector glyphs = shape(base, font.getSize(), text);
        return (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
    }

    /**
     * The glyphs of a text in a shaped font, in visual order.
     *
     * @throws IllegalArgumentException when the font is not shaped
     */
    GlyphVector shape(BaseFont font, float size, String text) {
        char[] chars = text.toCharArray();
        int flags =
                Bidi.requiresBidi(chars, 0, chars.length)
                                && new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
                                        .isRightToLeft()
                        ? java.awt.Font.LAYOUT_RIGHT_TO_LEFT
                        : java.awt.Font.LAYOUT_LEFT_TO_RIGHT;
        return getAwtFont(font, size).layoutGlyphVector(CONTEXT, chars, 0, chars.length, flags);
    }

    /**
     * The first character of a text that a shaped font has no glyph for after shaping (glyph 0,
     * .notdef), or -1 when every glyph is present. Fonts that are not shaped are checked by
     * character.
     */
    int missing(BaseFont font, String text) {
        if (!fonts.containsKey(font)) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!FallbackFonts.isLayoutOnly(cp) && !font.charExists(cp)) {
                    return cp;
                }
                i += Character.charCount(cp);
            }
            return -1;
        }
        GlyphVector glyphs = shape(font, 12f, text);
        for (int g = 0; g < glyphs.getNumGlyphs(); g++) {
            if (glyphs.getGlyphCode(g) == 0) {
                int at = glyphs.getGlyphCharIndex(g);
                int cp = text.codePointAt(Math.max(0, Math.min(at, text.length() - 1)));
                if (!FallbackFonts.isLayoutOnly(cp) && !Character.isWhitespace(cp)) {
                    return cp;
                }
            }
        }
        return -1;
    }
}
