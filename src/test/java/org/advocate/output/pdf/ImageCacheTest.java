package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {
    @TempDir Path dir;
    private final ImageCache cache = new ImageCache();

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    @Test
    void decodesPngAndJpegWithTheFilesDigest() throws Exception {
        byte[] png = image("png", 3, 2);
        byte[] jpeg = image("jpg", 4, 5);
        ImageCache.Decoded p = cache.get(file("logo.png", png));
        ImageCache.Decoded j = cache.get(file("sig.jpg", jpeg));
        assertThat(p.image().getWidth()).isEqualTo(3f);
        assertThat(p.image().getHeight()).isEqualTo(2f);
        assertThat(j.image().getWidth()).isEqualTo(4f);
        assertThat(p.sha256()).isEqualTo(sha256(png));
        assertThat(j.sha256()).isEqualTo(sha256(jpeg));
    }

    @Test
    void theFormatIsTakenFromTheBytesNotTheName() throws Exception {
        byte[] png = image("png", 1, 1);
        assertThat(cache.get(file("logo.jpg", png)).sha256()).isEqualTo(sha256(png));
        assertThatThrownBy(() -> cache.get(file("text.png", "not an image".getBytes())))
                .isInstanceOf(IOException.class)
                .hasMessage("not a PNG or JPEG image");
    }

    @Test
    void refusesImagesOpenPdfReadsButLettersDoNotUse() throws IOException {
        for (String format : new String[] {"gif", "bmp"}) {
            Path f = file("logo." + format, image(format, 2, 2));
            assertThatThrownBy(() -> cache.get(f))
                    .as(format)
                    .isInstanceOf(IOException.class)
                    .hasMessage("not a PNG or JPEG image");
        }
    }

    @Test
    void refusesEmptyAndTinyFiles() throws IOException {
        Path empty = file("empty.png", new byte[0]);
        Path magicOnly = file("magic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThatThrownBy(() -> cache.get(empty)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> cache.get(magicOnly)).isInstanceOf(IOException.class);
    }

    @Test
    void aPngHeaderOverGarbageIsAnIoError() throws IOException {
        byte[] bytes = image("png", 2, 2);
        for (int i = 16; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Path f = file("broken.png", bytes);
        assertThatThrownBy(() -> cache.get(f))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("not a PNG or JPEG image");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> cache.get(dir.resolve("none.png")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void decodesAFileOnceUntilItChanges() throws Exception {
        Path f = file("logo.png", image("png", 3, 3));
        ImageCache.Decoded first = cache.get(f);
        assertThat(cache.get(f)).isSameAs(first);
        assertThat(cache.get(dir.resolve(".").resolve("logo.png"))).isSameAs(first);

        byte[] other = image("png", 7, 7);
        Files.write(f, other);
        Files.setLastModifiedTime(
                f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 10_000));
        ImageCache.Decoded second = cache.get(f);
        assertThat(second).isNotSameAs(first);
        assertThat(second.image().getWidth()).isEqualTo(7f);
        assertThat(second.sha256()).isEqualTo(sha256(other));
    }

    @Test
    void theDigestCannotBeChangedFromOutside() throws Exception {
        ImageCache.Decoded d = cache.get(file("logo.png", image("png", 1, 1)));
        byte[] digest = d.sha256();
        digest[0] ^= 1;
        assertThat(d.sha256()).isNotEqualTo(digest);
    }
}
