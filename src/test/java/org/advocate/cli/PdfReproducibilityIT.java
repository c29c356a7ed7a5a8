package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advocate.output.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equal inputs give equal PDF bytes across processes, whatever the clock: each test also writes the
 * letter from a fresh JVM. The PDF/A case within one process is in {@link PdfReproducibilityTest}.
 */
class PdfReproducibilityIT {
    private static final String EXAMPLE = ComposeCommandTest.EXAMPLE;

    @TempDir Path dir;

    @Test
    void anotherProcessWritesTheSameBytes() throws Exception {
        byte[] here = Cli.exec("compose", EXAMPLE, "-f", "pdf").outBytes();
        assertThat(Cli.exec("compose", EXAMPLE, "-f", "pdf").outBytes()).isEqualTo(here);

        Path there = dir.resolve("there.pdf");
        runInNewJvm(Map.of(), "compose", EXAMPLE, "-o", there.toString());
        assertThat(Files.readAllBytes(there)).isEqualTo(here);
    }

    @Test
    void anUndatedLetterTakesItsDatesFromSourceDateEpoch() throws Exception {
        Files.copy(
                Path.of("examples/amnesty-support/organization.yaml"),
                dir.resolve("organization.yaml"));
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                Files.readString(Path.of(EXAMPLE)).replace("date: 2015-08-20\n", "")
                        + "\n# undated\n");
        String epoch = "1441065600"; // 2015-09-01T00:00:00Z
        byte[] here =
                new Cli()
                        .env("SOURCE_DATE_EPOCH", epoch)
                        .run("compose", letter.toString(), "-f", "pdf")
                        .outBytes();
        Path there = dir.resolve("there.pdf");
        runInNewJvm(
                Map.of("SOURCE_DATE_EPOCH", epoch),
                "compose",
                letter.toString(),
                "-o",
                there.toString());
        assertThat(Files.readAllBytes(there)).isEqualTo(here);
        try (var doc = Pdfs.load(here)) {
            assertThat(doc.getDocumentInformation().getCreationDate().getTimeInMillis())
                    .isEqualTo(Long.parseLong(epoch) * 1000);
        }
    }

    /** Runs advocate's entry point in a fresh JVM with this test's class path. */
    private void runInNewJvm(Map<String, String> env, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(env);
        File log = dir.resolve("child.log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("child finished").isTrue();
        assertThat(process.exitValue()).as(readLog(log)).isZero();
    }

    private static String readLog(File log) {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
