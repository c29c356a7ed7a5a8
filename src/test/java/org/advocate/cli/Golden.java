package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. A mismatch fails; run the tests with
 * {@code -Dadvocate.accept=true} to write the new output as the expected one, then review the diff
 * before committing it.
 */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("advocate.accept")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s (accept new output with -Dadvocate.accept=true)", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
