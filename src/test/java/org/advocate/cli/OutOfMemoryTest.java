package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory ends a run with one line and exit 1, never a stack trace: a child JVM with
 * a 16 MB heap is given rows of nearly a million characters each, which a batch holds a few hundred
 * of in flight.
 */
class OutOfMemoryTest {
    @TempDir Path dir;

    @Test
    void outOfMemoryIsOneLineWithAHintAndExit1() throws Exception {
        Path rows = dir.resolve("wide.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
            csv.write("Name");
            for (int c = 0; c < 9; c++) {
                csv.write(",n" + c);
            }
            csv.write('\n');
            String cell = "x".repeat(99_000);
            for (int r = 0; r < 24; r++) {
                csv.write("P" + r);
                for (int c = 0; c < 9; c++) {
                    csv.write(',');
                    csv.write(cell);
                }
                csv.write('\n');
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx16m", "-cp", System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.addAll(
                List.of(
                        "batch",
                        "examples/legislators/letter.yaml",
                        "--rows",
                        rows.toString(),
                        "--out-dir",
                        dir.resolve("out").toString(),
                        "--name",
                        "{row.Name}.md",
                        "--dry-run"));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        List<String> err =
                Files.readAllLines(dir.resolve("err.txt")).stream()
                        .filter(line -> !line.contains(": warning: "))
                        .toList();
        assertThat(child.exitValue()).as(String.join("\n", err)).isEqualTo(1);
        assertThat(err)
                .singleElement()
                .asString()
                .startsWith("advocate: out of memory (the Java heap limit is ")
                .contains("JAVA_TOOL_OPTIONS=-Xmx")
                .doesNotContain("Exception")
                .doesNotContain("java.lang");
    }

    @Test
    void theLineNamesTheHeapLimit() {
        java.io.StringWriter text = new java.io.StringWriter();
        int code = Main.outOfMemory(new java.io.PrintWriter(text));
        assertThat(code).isEqualTo(1);
        assertThat(text.toString())
                .isEqualTo(
                        "advocate: out of memory (the Java heap limit is "
                                + (Runtime.getRuntime().maxMemory() >> 20)
                                + " MB); give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx"
                                + Math.max(
                                        512,
                                        Long.highestOneBit(Runtime.getRuntime().maxMemory() >> 20)
                                                << 2)
                                + "m, or split a batch with --shard K/N"
                                + System.lineSeparator());
    }
}
