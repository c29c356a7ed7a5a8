package org.advocate.output.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.openpdf.text.Image;

/**
 * Decoded logo and signature images, so that a batch decodes each file once, not once per letter. A
 * file is read again only when its size or modification time changes.
 *
 * <p>Bytes are read here and handed to OpenPDF: {@code Image.getInstance} given a name would open
 * files and URLs itself. Callers pass only paths the loader has confined to the campaign folder.
 */
public final class ImageCache {
    private static final int MAX_ENTRIES = 64;

    private final ConcurrentMap<Key, Decoded> cache = new ConcurrentHashMap<>();

    /**
     * A decoded image and the SHA-256 of its file, which goes into the document ID.
     *
     * @param image the image; shared, so callers copy it before scaling or placing it
     * @param sha256 the file's digest
     */
    public record Decoded(Image image, byte[] sha256) {
        public Decoded {
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }
    }

    private record Key(Path path, long size, FileTime modified) {}

    /**
     * Returns the decoded image of a PNG or JPEG file.
     *
     * @throws IOException when the file cannot be read or is not an image OpenPDF can decode
     */
    public Decoded get(Path file) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        Key key = new Key(real, attributes.size(), attributes.lastModifiedTime());
        Decoded hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Decoded decoded = decode(Files.readAllBytes(real));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear(); // many different images: a cache would not help anyway
        }
        cache.put(key, decoded);
        return decoded;
    }

    private static Decoded decode(byte[] bytes) throws IOException {
        // OpenPDF also reads GIF, BMP, TIFF and WMF; a letter's images are PNG or JPEG only.
        if (!isPng(bytes) && !isJpeg(bytes)) {
            throw new IOException("not a PNG or JPEG image");
        }
        try {
            Image image = Image.getInstance(bytes);
            return new Decoded(image, MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (RuntimeException e) {
            throw new IOException("not a PNG or JPEG image OpenPDF can read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }
}
