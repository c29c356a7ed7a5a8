package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.InputFiles;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;

/**
 * Fuzzes the loaders' contract: whatever the bytes, decoding and parsing either succeed or fail
 * with an {@link InputException} whose every line names the file; never another exception, and a
 * successful parse keeps scalars as text. Plain {@code mvn test} replays the seeds in {@code
 * LoaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest} searches for more.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesLoadOrFailWithAProblemNamingTheFile(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        try {
            String text = InputFiles.decode("in.yaml", bytes);
            YamlNode root = StrictYaml.parse("in.yaml", text, 1);
            assertThat(root).isNotNull();
            if (root instanceof YamlNode.Mapping m) {
                m.entries().forEach(e -> assertThat(e.key()).isNotNull());
            }
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.origin()).startsWith("in.yaml");
                assertThat(problem.toString()).doesNotContain("\n");
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void validUtf8DecodesToTheSameText(String s) {
        if (s == null) {
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            assertThat(InputFiles.decode("in", bytes)).isEqualTo(s.substring(1));
        } else if (bytes.length < 2 || !(bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
            assertThat(InputFiles.decode("in", bytes)).isEqualTo(s);
        }
    }
}
