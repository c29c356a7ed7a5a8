package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output names made from the row's number and the letter's date, through the command line. */
class BatchNamesTest {
    static final String LETTER = "examples/legislators/letter.yaml";
    static final String ROWS = "examples/legislators/recipients.csv";

    @TempDir Path dir;

    private List<String> written(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void rowNumbersArePaddedToTheRowCount() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        LETTER,
                        "--rows",
                        ROWS,
                        "--out-dir",
                        out.toString(),
                        "--name",
                        "letter-{#}.md");
        assertThat(result.code()).as(result.err()).isZero();
        List<String> names = written(out);
        assertThat(names).hasSize(50).startsWith("letter-01.md", "letter-02.md");
        assertThat(names.get(49)).isEqualTo("letter-50.md");
        // Row 7 of the file is its seventh recipient.
        String seventh = Files.readAllLines(Path.of(ROWS)).get(7).split(",")[1];
        assertThat(Files.readString(out.resolve("letter-07.md"))).contains(seventh);
    }

    @Test
    void withALimitTheWidthFollowsTheRowsRead() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        LETTER,
                        "--rows",
                        ROWS,
                        "--out-dir",
                        out.toString(),
                        "--limit",
                        "3",
                        "--name",
                        "{date}-{#}.md");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(written(out))
                .containsExactly("2024-04-02-1.md", "2024-04-02-2.md", "2024-04-02-3.md");
    }

    @Test
    void checkSeesTheSameNames() {
        Cli.Result result = Cli.exec("check", LETTER, "--rows", ROWS, "--name", "letter-{#}.md");
        assertThat(result.code()).as(result.out()).isZero();
    }
}
