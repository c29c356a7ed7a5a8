package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir Path dir;

    private static byte[] hash(int seed) {
        byte[] h = new byte[32];
        for (int i = 0; i < h.length; i++) {
            h[i] = (byte) (seed * 31 + i);
        }
        return h;
    }

    private static String hex(int seed) {
        return HexFormat.of().formatHex(hash(seed));
    }

    @Test
    void eachShardHasItsOwnLog() {
        assertThat(Manifest.fileName(Shard.ALL)).isEqualTo(".advocate-manifest.sha256");
        assertThat(Manifest.fileName(Shard.parse("2/3")))
                .isEqualTo(".advocate-manifest-2-of-3.sha256");
    }

    @Test
    void writesSha256sumLinesThatReadBack() throws IOException {
        try (Manifest m = Manifest.open(dir, Shard.ALL)) {
            m.record("North/Okafor.pdf", hash(1));
            m.record("with space/Ríos ñ.pdf", hash(2));
        }
        assertThat(Files.readString(dir.resolve(".advocate-manifest.sha256")))
                .isEqualTo(hex(1) + "  North/Okafor.pdf\n" + hex(2) + "  with space/Ríos ñ.pdf\n");
        assertThat(Manifest.readAll(dir))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("North/Okafor.pdf", hex(1), "with space/Ríos ñ.pdf", hex(2)));
    }

    @Test
    void readingMergesEveryShardsLog() {
        try (Manifest a = Manifest.open(dir, Shard.parse("1/2"));
                Manifest b = Manifest.open(dir, Shard.parse("2/2"))) {
            a.record("a.pdf", hash(1));
            b.record("b.pdf", hash(2));
        }
        assertThat(Manifest.readAll(dir)).containsOnlyKeys("a.pdf", "b.pdf");
    }

    @Test
    void aMissingFolderHasAnEmptyManifest() {
        assertThat(Manifest.readAll(dir.resolve("none"))).isEmpty();
        assertThat(Manifest.readAll(dir)).isEmpty();
    }

    @Test
    void reopeningAppendsAndALaterLineWins() {
        try (Manifest m = Manifest.open(dir, Shard.ALL)) {
            m.record("a.pdf", hash(1));
        }
        try (Manifest m = Manifest.open(dir, Shard.ALL)) {
            m.record("a.pdf", hash(2));
            m.record("b.pdf", hash(3));
        }
        assertThat(Manifest.readAll(dir)).isEqualTo(Map.of("a.pdf", hex(2), "b.pdf", hex(3)));
    }

    @Test
    void ignoresLinesThatAreNotWholeRecordsAndFilesThatAreNotManifests() throws IOException {
        Files.writeString(
                dir.resolve(".advocate-manifest.sha256"),
                hex(1)
                        + "  good.pdf\n"
                        + "garbage\n"
                        + hex(2).toUpperCase()
                        + "  upper.pdf\n"
                        + hex(3)
                        + " one-space.pdf\n"
                        + hex(4).substring(0, 20));
        Files.writeString(dir.resolve("other.sha256"), hex(5) + "  other.pdf\n");
        Files.writeString(dir.resolve(".advocate-manifest.txt"), hex(6) + "  txt.pdf\n");
        assertThat(Manifest.readAll(dir)).isEqualTo(Map.of("good.pdf", hex(1)));
    }

    @Test
    void aRecordAfterAKilledRunsPartialLineStartsOnItsOwnLine() throws IOException {
        Path file = dir.resolve(".advocate-manifest.sha256");
        Files.writeString(
                file, hex(1) + "  a.pdf\n" + hex(2).substring(0, 30), StandardCharsets.UTF_8);
        try (Manifest m = Manifest.open(dir, Shard.ALL)) {
            m.record("b.pdf", hash(3));
        }
        assertThat(Manifest.readAll(dir)).isEqualTo(Map.of("a.pdf", hex(1), "b.pdf", hex(3)));
    }

    @Test
    void linesAreBufferedAndFlushedEveryFewHundredAndOnClose() {
        Manifest m = Manifest.open(dir, Shard.ALL);
        try {
            m.record("first.pdf", hash(0));
            assertThat(Manifest.readAll(dir)).as("one line is not flushed").isEmpty();
            for (int i = 1; i < 256; i++) {
                m.record("letters/" + i + ".pdf", hash(i));
            }
            assertThat(Manifest.readAll(dir)).as("after 256 lines").hasSize(256);
            m.record("late.pdf", hash(999));
        } finally {
            m.close();
        }
        assertThat(Manifest.readAll(dir)).hasSize(257).containsEntry("late.pdf", hex(999));
    }
}
