package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row errors name the row as a spreadsheet numbers it (the header is row 1) and the file line it
 * starts on, come out in row order, and a refused cell is one error.
 */
class RowErrorsTest {
    static final String LETTER = "examples/legislators/letter.yaml";

    @TempDir Path dir;

    /** Row 3 spans two lines (a one-line field given two); rows 4 and 5 are on lines 5 and 6. */
    private Path rows() throws IOException {
        return Files.writeString(
                dir.resolve("rows.csv"),
                "Honorific,Name,District,Address line 1\n"
                        + "Sen.,Ana Lima,01,Room 1\n"
                        + "Rep.,,02,\"Room 2\nSecond floor\"\n"
                        + "Rep.,Zo\u00eb \u6771\u4eac,03,Room 3\n"
                        + "Rep.,,04,Room 4\n");
    }

    @Test
    void batchNamesTheSpreadsheetRowAndTheLineInRowOrder() throws IOException {
        Path file = rows();
        Cli.Result result =
                Cli.exec(
                        "batch",
                        LETTER,
                        "--rows",
                        file.toString(),
                        "--out-dir",
                        dir.resolve("out").toString(),
                        "--name",
                        "{#}.pdf");
        assertThat(result.code()).isEqualTo(3);
        List<String> errors =
                result.err().lines().filter(l -> !l.startsWith("advocate: warning")).toList();
        assertThat(errors)
                .hasSize(4)
                .satisfiesExactly(
                        l -> assertThat(l).startsWith("advocate: " + file + ":3 (row 3), column"),
                        l ->
                                assertThat(l)
                                        .startsWith("advocate: " + file + ":3 (row 3): recipient"),
                        l ->
                                assertThat(l)
                                        .startsWith(
                                                "advocate: " + file + ":5 (row 4): recipient.name")
                                        .contains("U+6771"),
                        l ->
                                assertThat(l)
                                        .startsWith("advocate: " + file + ":6 (row 5): recipient"));
    }

    @Test
    void checkPrintsTheLineAsThePositionAndTheRowInTheMessage() throws IOException {
        Path file = rows();
        Cli.Result result =
                Cli.exec("check", LETTER, "--rows", file.toString(), "--name", "{#}.md");
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out().lines().filter(l -> l.contains(": error: ")).toList())
                .hasSize(3)
                .satisfiesExactly(
                        l -> assertThat(l).startsWith(file + ":3: error: row 3, column"),
                        l -> assertThat(l).startsWith(file + ":3: error: row 3: recipient"),
                        l -> assertThat(l).startsWith(file + ":6: error: row 5: recipient"));
    }

    @Test
    void aRefusedCellUsedByTheNameIsOneError() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("rows.csv"),
                        "Honorific,Name,District\nSen.,Ana \u200BLima,01\nRep.,Bo Chen,02\n");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        LETTER,
                        "--rows",
                        file.toString(),
                        "--out-dir",
                        dir.resolve("out").toString(),
                        "--name",
                        "{recipient.lastName}.md");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err().lines().filter(l -> !l.startsWith("advocate: warning")))
                .singleElement()
                .asString()
                .startsWith("advocate: " + file + ":2 (row 2), column \"Name\": contains U+200B");
    }
}
