package org.advocate.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.advocate.InputException;

/**
 * A letter's logo or signature image as its file holds it, for formats that embed the file itself
 * (HTML, DOCX) rather than decode it. Only PNG and JPEG files are used, as in the PDF.
 *
 * @param bytes the file's bytes
 * @param mediaType "image/png" or "image/jpeg"
 */
public record LetterImage(byte[] bytes, String mediaType) {
    /** Images larger than this are refused: a letterhead logo is a few kilobytes. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    public LetterImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether this is a PNG image (else JPEG). */
    public boolean png() {
        return mediaType.equals("image/png");
    }

    /**
     * Reads an image file the organization names (a path the letter's loader has already confined
     * to the campaign folder), or returns null for none.
     *
     * @param field the organization field it comes from, for the error, e.g. "logo"
     * @throws InputException when the file cannot be read, is too large, or is not PNG or JPEG
     */
    static LetterImage read(Path file, String field) {
        if (file == null) {
            return null;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (isPng(bytes)) {
                return new LetterImage(bytes, "image/png");
            }
            if (isJpeg(bytes)) {
                return new LetterImage(bytes, "image/jpeg");
            }
            throw new IOException("not a PNG or JPEG image");
        } catch (IOException e) {
            throw InputException.of(
                    file.toString(),
                    "organization." + field,
                    "cannot use image: " + e.getMessage());
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8
                && Arrays.equals(
                        b,
                        0,
                        8,
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                        0,
                        8);
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }
}
