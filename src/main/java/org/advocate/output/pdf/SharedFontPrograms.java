package org.advocate.output.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.zip.Deflater;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.SharedProgramFont;

/**
 * The font program each bundled Latin face embeds in a letter: one subset of the face for a fixed
 * repertoire of characters, built in memory once per process from the unmodified font file
 * (shipping a modified font file would run into the fonts' Reserved Font Names), deflated once, and
 * written as the same bytes into every letter whose glyphs it holds. A letter with a glyph outside
 * it gets a subset of its own, as OpenPDF makes by default.
 *
 * <p>The repertoire depends only on this version of the tool, never on the letters being written,
 * so a letter's bytes depend only on its own inputs: composed alone or in a batch, in any order and
 * on any number of threads, it is the same file.
 *
 * <p>The repertoire is Basic Latin, Latin-1 Supplement, Latin Extended-A, General Punctuation and
 * the euro sign; every character of the built-in templates, arguments and message files is in it (a
 * test checks this, so a new built-in file cannot quietly push letters onto the slower path).
 */
final class SharedFontPrograms {
    /**
     * Deflated once per process. The default level makes the Liberation programs within 0.1% of the
     * best level's size (40,304 bytes against 40,280 for the serif's 81,144) in about half its
     * time, which a cold compose pays once per face.
     */
    static final int DEFLATE_LEVEL = Deflater.DEFAULT_COMPRESSION;

    private static final int[][] RANGES = {
        {0x0020, 0x007E}, // Basic Latin
        {0x00A0, 0x00FF}, // Latin-1 Supplement
        {0x0100, 0x017F}, // Latin Extended-A
        {0x2000, 0x206F}, // General Punctuation
        {0x20AC, 0x20AC}, // euro sign
    };

    private SharedFontPrograms() {}

    /** The characters every shared program holds, where the face has them. */
    static BitSet repertoire() {
        BitSet set = new BitSet();
        for (int[] range : RANGES) {
            set.set(range[0], range[1] + 1);
        }
        return set;
    }

    /**
     * Reads a face from its whole TrueType file; its shared program is made the first time a letter
     * is written with it.
     */
    static BaseFont face(String resource, byte[] ttf) throws IOException, DocumentException {
        return new SharedProgramFont(resource, ttf, SharedFontPrograms::build);
    }

    /** Builds a face's program: its glyphs for the repertoire, subset, deflated, tagged. */
    static SharedProgramFont.Program build(SharedProgramFont font) {
        BitSet glyphs = new BitSet();
        BitSet chars = repertoire();
        for (int cp = chars.nextSetBit(0); cp >= 0; cp = chars.nextSetBit(cp + 1)) {
            int glyph = font.glyphId(cp);
            if (glyph >= 0) {
                glyphs.set(glyph);
            }
        }
        try {
            byte[] raw = font.subset(glyphs);
            return new SharedProgramFont.Program(deflate(raw), raw.length, true, glyphs, tag(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset font " + font.getPostscriptFontName(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException(
                    "cannot subset font " + font.getPostscriptFontName(), e);
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Six capital letters from the program's own bytes: the same program, the same name. */
    private static String tag(byte[] raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
            }
            return tag.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
