package org.advocate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir Path dir;

    private static List<String> problems(byte[] bytes) {
        return catchThrowableOfType(InputException.class, () -> InputFiles.decode("in.yaml", bytes))
                .lines();
    }

    @Test
    void decodesUtf8AndDropsALeadingBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "name: Zoë".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        assertThat(InputFiles.decode("in.yaml", both)).isEqualTo("name: Zoë");
    }

    @Test
    void refusesUtf16InBothByteOrders() {
        assertThat(problems("\uFEFFname".getBytes(StandardCharsets.UTF_16BE)))
                .containsExactly("in.yaml:1: file is UTF-16; save it as UTF-8 and try again");
        assertThat(problems("\uFEFFname".getBytes(StandardCharsets.UTF_16LE)))
                .singleElement()
                .asString()
                .contains("UTF-16");
    }

    @Test
    void namesTheLineOfAnInvalidByte() {
        byte[] latin1 = "a: 1\nb: 2\nname: Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1))
                .containsExactly("in.yaml:3: invalid UTF-8 byte 0xEB; save the file as UTF-8");
    }

    @Test
    void refusesATruncatedSequenceAtTheEnd() {
        byte[] bytes = {'a', '\n', (byte) 0xC3};
        assertThat(problems(bytes)).singleElement().asString().startsWith("in.yaml:2:");
    }

    @Test
    void reportsAMissingFileAndAFolder() {
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () -> InputFiles.read(dir.resolve("nope.yaml")))
                                .lines())
                .singleElement()
                .asString()
                .endsWith("nope.yaml: file not found");
        assertThat(catchThrowableOfType(InputException.class, () -> InputFiles.read(dir)).lines())
                .singleElement()
                .asString()
                .endsWith("is a folder, not a file");
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (var channel =
                java.nio.channels.FileChannel.open(
                        big,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), InputFiles.MAX_BYTES);
        }
        assertThat(catchThrowableOfType(InputException.class, () -> InputFiles.read(big)).lines())
                .singleElement()
                .asString()
                .contains("larger than 16 MiB");
        Files.delete(big);
    }
}
