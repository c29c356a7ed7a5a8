package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.Problem;

/**
 * Fuzzes the batch name pattern with any pattern and any value: parsing either succeeds or fails
 * with one-line problems naming {@code --name}, and a name made from any value is either a message
 * (starting with {@code !}) or a relative path whose every segment is safe: not empty, not {@code
 * .} or {@code ..}, not hidden or option-like, not a Windows device name, free of reserved and
 * invisible characters, at most {@link SafeNames#MAX_BYTES} bytes. The input is the pattern, a NUL
 * byte, and the value every placeholder gets. Plain {@code mvn test} replays {@code
 * NamePatternFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=NamePatternFuzzTest} searches
 * for more (docs/fuzzing.md).
 */
class NamePatternFuzzTest {
    private static final Pattern DEVICE =
            Pattern.compile(
                    "(con|prn|aux|nul|conin\\$|conout\\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])");

    @FuzzTest(maxDuration = "5m")
    void anyPatternAndValueMakeASafeNameOrAMessage(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        String input = new String(bytes, StandardCharsets.UTF_8);
        int nul = input.indexOf('\0');
        String pattern = nul < 0 ? input : input.substring(0, nul);
        String value = nul < 0 ? "Okafor" : input.substring(nul + 1);
        NamePattern parsed;
        try {
            parsed = NamePattern.parse(pattern);
        } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem problem : e.problems()) {
                assertThat(problem.origin()).startsWith("--name");
                assertThat(problem.message()).doesNotContain("\n");
            }
            return;
        }
        Map<String, Object> recipient = Map.of("lastName", value, "district", value);
        Map<String, Object> model =
                Map.of(
                        "recipient",
                        recipient,
                        "letter",
                        Map.of("year", value, "isoDate", value),
                        "org",
                        Map.of("name", value, "signatory", Map.of("name", value)),
                        "row",
                        new ValueForEveryColumn(value));
        String name = parsed.expand(model);
        if (name.startsWith("!")) {
            return;
        }
        assertThat(name).doesNotStartWith("/");
        for (String segment : name.split("/", -1)) {
            assertSafe(segment, name);
        }
    }

    private static void assertSafe(String segment, String name) {
        assertThat(segment).as(name).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
        assertThat(segment).as(name).doesNotStartWith(".").doesNotStartWith("-");
        assertThat(segment.getBytes(StandardCharsets.UTF_8).length)
                .as(name)
                .isLessThanOrEqualTo(SafeNames.MAX_BYTES);
        String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        assertThat(DEVICE.matcher(stem.strip().toLowerCase(Locale.ROOT)).matches())
                .as("device name in " + name)
                .isFalse();
        assertThat(segment).as(name).doesNotEndWith(".").doesNotEndWith(" ");
        segment.codePoints()
                .forEach(
                        cp -> {
                            assertThat("<>:\"\\|?*".indexOf(cp)).as(name).isNegative();
                            int type = Character.getType(cp);
                            assertThat(type)
                                    .as(name)
                                    .isNotIn(
                                            (int) Character.CONTROL,
                                            (int) Character.FORMAT,
                                            (int) Character.SURROGATE,
                                            (int) Character.LINE_SEPARATOR,
                                            (int) Character.PARAGRAPH_SEPARATOR,
                                            (int) Character.UNASSIGNED);
                        });
    }

    /** A row that has every column a pattern names, each holding the same value. */
    private static final class ValueForEveryColumn extends java.util.AbstractMap<String, String> {
        private final String value;

        ValueForEveryColumn(String value) {
            this.value = value;
        }

        @Override
        public String get(Object key) {
            return value;
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }
    }
}
