package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --rows}: what batch would refuse, found without writing anything. */
class CheckRowsTest {
    static final String LETTER = "examples/legislators/letter.yaml";
    static final String ROWS = "examples/legislators/recipients.csv";

    @TempDir Path dir;

    /** The example's header and first rows, with changes. */
    private Path rows(int count, java.util.function.UnaryOperator<List<String>> change)
            throws IOException {
        List<String> lines = Files.readAllLines(Path.of(ROWS));
        List<String> kept = change.apply(new java.util.ArrayList<>(lines.subList(0, count + 1)));
        return Files.write(dir.resolve("rows.csv"), kept);
    }

    @Test
    void theExampleBatchIsClean() {
        Cli.Result result =
                Cli.exec("check", LETTER, "--rows", ROWS, "--name", "{recipient.lastName}.pdf");
        assertThat(result.out()).isEmpty();
        assertThat(result.code()).isZero();
    }

    @Test
    void aBatchLetterIsNotJudgedWithoutItsRows() {
        // The legislators letter has no recipient of its own: the rows give it.
        assertThat(Cli.exec("check", LETTER).out()).contains("recipient: is required");
        assertThat(Cli.exec("check", LETTER, "--rows", ROWS).out()).doesNotContain("recipient");
    }

    @Test
    void reportsCollisionsAndEscapesByRowAndWritesNothing() throws IOException {
        Path file =
                rows(
                        4,
                        lines -> {
                            String second = lines.get(2);
                            String name = second.split(",")[1];
                            lines.set(3, lines.get(3).replace(lines.get(3).split(",")[1], name));
                            lines.set(
                                    4,
                                    lines.get(4)
                                            .replace(lines.get(4).split(",")[1], "../../etc/x"));
                            return lines;
                        });
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "check",
                        LETTER,
                        "--rows",
                        file.toString(),
                        "--name",
                        "{recipient.lastName}.md",
                        "--out-dir",
                        out.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .contains(file + ":4: error: row 4: --name: output name")
                .contains("collides with row 3")
                .contains(file + ":5: error: row 5: --name:")
                .contains("lead out of the output folder");
        assertThat(out).doesNotExist();
    }

    /** A rows file with every header the example letter maps, then the given lines. */
    private Path checkedRows(String lines) throws IOException {
        return Files.writeString(
                dir.resolve("rows.csv"),
                "Honorific,Name,Title,District,Address line 1,Address line 2,Address line 3\n"
                        + lines);
    }

    @Test
    void aRowWithoutARecipientNameIsNamedByRowNotByAnotherColumn() throws IOException {
        Path file = checkedRows("Sen.,,T,01,a,b,c\nRep.,Bo Chen,T,02,a,b,c\n");
        Cli.Result result = Cli.exec("check", LETTER, "--rows", file.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .startsWith(file + ":2: error: row 2: recipient: needs a name or an organization")
                .doesNotContain("column")
                .hasLineCount(1);
    }

    @Test
    void aRefusedCellIsOneProblemNotAlsoAMissingName() throws IOException {
        Path file = checkedRows("Sen.,\u200BAna Lima,T,01,a,b,c\n");
        Cli.Result result = Cli.exec("check", LETTER, "--rows", file.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .contains(":2: error: row 2, column \"Name\": contains U+200B (ZERO WIDTH SPACE)")
                .doesNotContain("needs a name")
                .hasLineCount(1);
    }

    @Test
    void aColumnsMappingNoHeaderMatchesIsAWarning() throws IOException {
        Path file = dir.resolve("rows.csv");
        List<String> lines = Files.readAllLines(Path.of(ROWS)).subList(0, 3);
        Files.write(
                file, List.of(lines.get(0).replace("Title", "Titel"), lines.get(1), lines.get(2)));
        Cli.Result result = Cli.exec("check", LETTER, "--rows", file.toString());
        assertThat(result.out())
                .contains(
                        ": warning: columns: \"Title\" is not a column of "
                                + file
                                + " (did you mean 'Titel'?)");
        assertThat(result.code()).isZero();
        assertThat(Cli.exec("check", LETTER, "--rows", file.toString(), "--strict").code())
                .isEqualTo(6);
    }

    @Test
    void reportsInvalidRowsInGithubFormat() throws IOException {
        Path file = rows(2, lines -> List.of(lines.get(0), lines.get(1), "only,two"));
        Cli.Result result =
                Cli.exec("check", LETTER, "--rows", file.toString(), "--format", "github");
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out()).startsWith("::error file=" + file + ",");
    }

    @Test
    void lintsTheRowsLetterText() throws IOException {
        Path file =
                rows(
                        1,
                        lines -> {
                            lines.set(1, lines.get(1).replace(lines.get(1).split(",")[2], "TODO"));
                            return lines;
                        });
        Cli.Result result = Cli.exec("check", LETTER, "--rows", file.toString());
        assertThat(result.out()).contains("TODO");
        assertThat(result.code()).isEqualTo(6);
    }
}
