package org.advocate.load.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.advocate.InputException;
import org.advocate.Problem;

/**
 * Fuzzes the rows readers: whatever the bytes of a CSV, YAML or JSON rows file (the first byte
 * chooses the format, the rest is the file), reading it to the end gives numbered rows whose
 * problems name the file and row, or fails with an {@link InputException} whose problems name the
 * file; every problem is one line; never another exception. Plain {@code mvn test} replays {@code
 * RowsFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=RowsFuzzTest} searches for more
 * (docs/fuzzing.md).
 */
class RowsFuzzTest {
    private static final Path DIR = folder();

    private static Path folder() {
        try {
            return Files.createTempDirectory("advocate-rows-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyRowsFileReadsOrFailsNamingTheFile(byte[] bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            return;
        }
        RowFormat format = RowFormat.values()[(bytes[0] & 0xff) % RowFormat.values().length];
        Path file = DIR.resolve("rows." + format.name().toLowerCase(java.util.Locale.ROOT));
        Files.write(file, Arrays.copyOfRange(bytes, 1, bytes.length));
        String name = file.toString();
        try (RowReader reader = RowReader.open(file, format)) {
            int last = 0;
            while (reader.hasNext()) {
                Row row = reader.next();
                assertThat(row.source()).isEqualTo(name);
                assertThat(row.number()).isGreaterThan(last);
                last = row.number();
                for (Problem problem : row.problems()) {
                    // Every problem names the row as its label does: file:line (row N).
                    assertThat(problem.origin()).startsWith(row.label());
                    assertThat(row.label()).startsWith(name + ":");
                    assertThat(problem.toString()).doesNotContain("\n", "\r");
                }
                for (String refused : row.refused()) {
                    assertThat(row.cells()).doesNotContainKey(refused);
                }
            }
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.origin()).startsWith(name);
                assertThat(problem.toString()).doesNotContain("\n", "\r");
            }
        }
    }
}
