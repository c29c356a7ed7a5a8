package org.advocate.output.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts: each face is read from the class path once per process, the first time a
 * document needs it, and then shared by every document and thread (OpenPDF keeps the glyphs a
 * document used in that document's writer, not in the font).
 *
 * <p>Faces are Unicode (Identity-H), embedded and subset, so any character a face has prints, and
 * {@link #check} turns a character no face has into an error instead of a silently missing glyph.
 */
public final class FontSet {
    private final Map<Face, Supplier<BaseFont>> faces = new EnumMap<>(Face.class);

    private FontSet() {
        for (Face face : Face.values()) {
            faces.put(face, new Memo<>(() -> load(face)));
        }
    }

    /** The process-wide font set: created on first use, never changed afterwards. */
    public static FontSet standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final FontSet STANDARD = new FontSet();
    }

    /** Returns the OpenPDF font of a face. */
    public BaseFont baseFont(Face face) {
        return faces.get(face).get();
    }

    /** Returns a font of a face at a size and colour. */
    public Font font(Face face, float size, Color color) {
        return new Font(baseFont(face), size, Font.NORMAL, color);
    }

    /** Whether a face can show a character. */
    public boolean canShow(Face face, int codePoint) {
        return isLayoutOnly(codePoint) || baseFont(face).charExists(codePoint);
    }

    /** Checks that a font can show every character of a text. */
    static void check(BaseFont font, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isLayoutOnly(cp) && !font.charExists(cp)) {
                throw new UnprintableCharacterException(cp, text);
            }
            i += Character.charCount(cp);
        }
    }

    /** Line breaks are layout, not glyphs: OpenPDF breaks the line and draws nothing. */
    private static boolean isLayoutOnly(int cp) {
        return cp == '\n' || cp == '\r';
    }

    private static BaseFont load(Face face) {
        String resource = face.resource();
        byte[] bytes;
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
        try {
            // From bytes, not a path: OpenPDF re-reads a path-loaded font for every document.
            // Embeds one program per face shared by every letter it covers (SharedFontPrograms).
            BaseFont font = SharedFontPrograms.face(resource, bytes);
            font.setSubset(true);
            // PDF/A-2 validators reject OpenPDF's CIDSet; it is optional everywhere, so never write
            // it.
            font.setIncludeCidSet(false);
            font.setSecureRandom(new SubsetTagRandom(resource));
            // A letter outside the shared programs gets its own subsets, stored: deflating them
            // per letter was over half of a letter's cost (docs/benchmarks.md).
            font.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
            return font;
        } catch (IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }
}
