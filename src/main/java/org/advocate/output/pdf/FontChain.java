package org.advocate.output.pdf;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.InputException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Chooses a font for each grapheme cluster of a text: the text face when it has every character of
 * the cluster, else the first of the user's fonts that has them, else the bundled font of the
 * cluster's script. Spaces, digits and punctuation are set in the text face when it has them, else
 * in the font of a neighbouring cluster (a right-to-left name's words are put in order per line by
 * {@link Direction}). Whether a font covers a run is decided on its glyphs after shaping: a run
 * that shapes to a missing glyph is an error, as is a cluster no font has.
 *
 * <p>Immutable and thread-safe; one chain serves a document.
 */
final class FontChain {
    private final FallbackFonts fallback;
    private final List<BaseFont> userFonts;

    /**
     * @param fallback the bundled fonts
     * @param userFonts the user's fonts, in the order they were named, ahead of the bundled ones
     */
    FontChain(FallbackFonts fallback, List<BaseFont> userFonts) {
        this.fallback = fallback;
        this.userFonts = List.copyOf(userFonts);
    }

    /**
     * The chain with the user's font files ahead of the bundled fonts.
     *
     * @throws InputException when a file cannot be read or is not a font OpenPDF can embed
     */
    static FontChain of(List<Path> files) {
        FallbackFonts fallback = FallbackFonts.standard();
        List<BaseFont> user = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                user.add(fallback.user(file));
            } catch (IOException e) {
                throw InputException.of(
                        file.toString(), "font", "cannot use font: " + e.getMessage());
            }
        }
        return new FontChain(fallback, user);
    }

    /** A part of a text and the font it is set in. */
    record Part(String text, Font font) {}

    /**
     * Splits a text into parts by font.
     *
     * @param text the text
     * @param primary the font the text is set in where it can be
     * @param bold whether the text is bold (the fallback's weight)
     * @throws UnprintableCharacterException when a character is in no font of the chain
     */
    List<Part> split(String text, Font primary, boolean bold) {
        BaseFont face = primary.getBaseFont();
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length()) && covers(face, text)) {
            return List.of(new Part(text, primary));
        }
        List<int[]> clusters = clusters(text);
        BaseFont[] chosen = new BaseFont[clusters.size()];
        for (int i = 0; i < chosen.length; i++) {
            String cluster = text.substring(clusters.get(i)[0], clusters.get(i)[1]);
            if (isStrong(cluster)) {
                chosen[i] = choose(cluster, face, bold, text);
            }
        }
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] == null) {
                String cluster = text.substring(clusters.get(i)[0], clusters.get(i)[1]);
                chosen[i] =
                        chooseNeutral(
                                cluster,
                                neighbour(chosen, i, -1),
                                neighbour(chosen, i, 1),
                                face,
                                bold,
                                text);
            }
        }
        Map<BaseFont, Font> fonts = new HashMap<>();
        fonts.put(face, primary);
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= chosen.length; i++) {
            if (i == chosen.length || chosen[i] != chosen[start]) {
                String part = text.substring(clusters.get(start)[0], clusters.get(i - 1)[1]);
                BaseFont base = chosen[start];
                int missing = fallback.shaper().missing(base, part);
                if (missing >= 0) {
                    throw new UnprintableCharacterException(missing, text);
                }
                Font font =
                        fonts.computeIfAbsent(
                                base,
                                b ->
                                        new Font(
                                                b,
                                                primary.getSize(),
                                                Font.NORMAL,
                                                primary.getColor()));
                parts.add(new Part(part, font));
                start = i;
            }
        }
        return parts;
    }

    /**
     * Splits runs by font: the parts set in a fallback font are runs of their own, never hyphenated
     * (the language's patterns are not theirs).
     *
     * @param runs runs in their text face
     * @param bold whether the text is bold (the fallback's weight)
     * @throws UnprintableCharacterException when a character is in no font of the chain
     */
    List<TextRun> runs(List<TextRun> runs, boolean bold) {
        List<TextRun> out = new ArrayList<>(runs.size());
        for (TextRun run : runs) {
            List<Part> parts = split(run.text(), run.font(), bold);
            if (parts.size() == 1 && parts.get(0).font() == run.font()) {
                out.add(run);
                continue;
            }
            for (Part part : parts) {
                boolean own = part.font() == run.font();
                out.add(
                        new TextRun(
                                part.text(),
                                part.font(),
                                run.link(),
                                run.rise(),
                                own && run.hyphenate()));
            }
        }
        return out;
    }

    /** Whether any font of the chain has a character. */
    boolean canShow(BaseFont face, int codePoint) {
        String cluster = Character.toString(codePoint);
        return FallbackFonts.isLayoutOnly(codePoint) || find(cluster, face, false) != null;
    }

    private BaseFont choose(String cluster, BaseFont face, boolean bold, String text) {
        BaseFont font = find(cluster, face, bold);
        if (font == null) {
            throw new UnprintableCharacterException(firstMissing(face, cluster), text);
        }
        return font;
    }

    /** The first font of the chain that has a cluster, or null. */
    private BaseFont find(String cluster, BaseFont face, boolean bold) {
        // Right-to-left letters are drawn in visual order only by a shaped font; the text faces
        // (Liberation has Hebrew) would draw them in logical order, reversed.
        if (covers(face, cluster) && (!isRightToLeft(cluster) || fallback.shaper().shapes(face))) {
            return face;
        }
        for (BaseFont user : userFonts) {
            if (covers(user, cluster)) {
                return user;
            }
        }
        BaseFont bundled = fallback.bundled(script(cluster), bold);
        if (bundled != null && covers(bundled, cluster)) {
            return bundled;
        }
        return null;
    }

    private BaseFont chooseNeutral(
            String cluster,
            BaseFont before,
            BaseFont after,
            BaseFont face,
            boolean bold,
            String text) {
        // A space inside a name in another script stays in the text face: the fallback fonts map
        // their space glyph to U+00A0 as well, which text extraction would return.
        if (covers(face, cluster)) {
            return face;
        }
        for (BaseFont f : new BaseFont[] {before, after}) {
            if (f != null && covers(f, cluster)) {
                return f;
            }
        }
        return choose(cluster, face, bold, text);
    }

    private static BaseFont neighbour(BaseFont[] chosen, int i, int step) {
        for (int j = i + step; j >= 0 && j < chosen.length; j += step) {
            if (chosen[j] != null) {
                return chosen[j];
            }
        }
        return null;
    }

    private static boolean isRightToLeft(String cluster) {
        int d = Character.getDirectionality(cluster.codePointAt(0));
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Whether a font has every character of a text that prints. */
    static boolean covers(BaseFont font, String text) {
        return firstMissing(font, text) < 0;
    }

    private static int firstMissing(BaseFont font, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!FallbackFonts.isLayoutOnly(cp) && !isInvisible(cp) && !font.charExists(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Format characters (joiners, directional marks) steer shaping and ordering and print nothing:
     * a font without them still sets the text around them.
     */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /**
     * Whether a cluster has a letter or mark of a script (not only spaces, digits, punctuation).
     */
    private static boolean isStrong(String cluster) {
        return script(cluster) != UnicodeScript.COMMON;
    }

    /** The script of a cluster's first character of a script, or COMMON. */
    private static UnicodeScript script(String cluster) {
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.COMMON
                    && s != UnicodeScript.INHERITED
                    && s != UnicodeScript.UNKNOWN) {
                return s;
            }
            i += Character.charCount(cp);
        }
        return UnicodeScript.COMMON;
    }

    private static List<int[]> clusters(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        List<int[]> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(new int[] {start, end});
        }
        return out;
    }
}
