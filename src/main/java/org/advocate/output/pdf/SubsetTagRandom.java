package org.advocate.output.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The "random" source OpenPDF draws a font subset's six-letter tag from, made to give every
 * document the same tag for the same face so that equal inputs give equal bytes.
 *
 * <p>A seeded {@code SecureRandom} is not enough: fonts are shared by every document of a process,
 * so a seeded sequence would give the second letter of a batch other tags than the first. OpenPDF
 * asks for exactly six doubles per tag, so counting calls per thread (fonts are shared across
 * threads) and cycling through a tag derived from the face's name is stable whatever the order in
 * which documents are written.
 */
final class SubsetTagRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final int TAG_LENGTH = 6;

    private final char[] tag;
    private final transient ThreadLocal<int[]> position = ThreadLocal.withInitial(() -> new int[1]);

    SubsetTagRandom(String faceName) {
        this.tag = tagFor(faceName);
    }

    @Override
    public double nextDouble() {
        int[] at = position.get();
        char letter = tag[at[0]];
        at[0] = (at[0] + 1) % TAG_LENGTH;
        // OpenPDF maps d to (char) (d * 26 + 'A'); aim at the middle of the letter's interval.
        return (letter - 'A' + 0.5) / 26.0;
    }

    private static char[] tagFor(String faceName) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(faceName.getBytes(StandardCharsets.UTF_8));
            char[] letters = new char[TAG_LENGTH];
            for (int i = 0; i < TAG_LENGTH; i++) {
                letters[i] = (char) ('A' + Math.floorMod(hash[i], 26));
            }
            return letters;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
