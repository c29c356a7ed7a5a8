package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows from standard input, and the hint a batch letter gets when checked without its rows. */
class RowsInputTest {
    static final String LETTER = "examples/legislators/letter.yaml";
    static final String ROWS = "examples/legislators/recipients.csv";

    @TempDir Path dir;

    @Test
    void batchReadsRowsFromStandardInput() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result =
                new Cli()
                        .stdin(Files.readString(Path.of(ROWS)))
                        .run(
                                "batch",
                                LETTER,
                                "--rows",
                                "-",
                                "--out-dir",
                                out.toString(),
                                "--name",
                                "{recipient.lastName}.md");
        assertThat(result.code()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(50);
        }
    }

    @Test
    void standardInputRowsTakeTheirFormatFromRowsFormat() throws IOException {
        Path out = dir.resolve("out");
        String json = "[{\"Honorific\": \"Sen.\", \"Name\": \"Ana Lima\", \"District\": \"01\"}]";
        Cli.Result result =
                new Cli()
                        .stdin(json)
                        .run(
                                "batch",
                                LETTER,
                                "--rows",
                                "-",
                                "--rows-format",
                                "json",
                                "--out-dir",
                                out.toString(),
                                "--name",
                                "{recipient.lastName}.md");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(out.resolve("Lima.md")).exists();
    }

    @Test
    void checkReadsRowsFromStandardInputAndFindsTheirProblems() {
        Cli.Result good =
                new Cli()
                        .stdin("Honorific,Name,District\nSen.,Ana Lima,01\n")
                        .run("check", LETTER, "--rows", "-");
        assertThat(good.code()).as(good.out()).isZero();
        Cli.Result bad =
                new Cli()
                        .stdin("Honorific,Name,District\nSen.,,01\n")
                        .run("check", LETTER, "--rows", "-");
        assertThat(bad.code()).isEqualTo(6);
        assertThat(bad.out()).contains("needs a name");
    }

    @Test
    void theLetterAndTheRowsCannotBothBeStandardInput() {
        Cli.Result result =
                Cli.exec("batch", "-", "--rows", "-", "--out-dir", "o", "--name", "x.md");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("cannot both come from standard input");
    }

    @Test
    void aBatchLetterCheckedWithoutRowsGetsAHint() {
        Cli.Result result = Cli.exec("check", LETTER);
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.err()).contains("hint:").contains("--rows FILE");
        Cli.Result single =
                Cli.exec(
                        "check",
                        "examples/amnesty-support/letter.yaml",
                        "--set",
                        "recipient.name=");
        assertThat(single.err()).doesNotContain("hint:");
    }
}
