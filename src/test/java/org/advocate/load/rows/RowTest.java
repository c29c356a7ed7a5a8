package org.advocate.load.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowTest {
    @TempDir Path dir;

    @Test
    void namesItselfItsCellsAndItsIndex() {
        Row row = new Row("f.csv", 3, Map.of("Name", "Ana"), List.of(), Set.of());
        assertThat(row.index()).isEqualTo(2);
        assertThat(row.label()).isEqualTo("f.csv:row 3");
        assertThat(row.origin("Last name").toString())
                .isEqualTo("f.csv:row 3, column \"Last name\"");
    }

    @Test
    void copiesWhatItIsGivenAndCannotBeChanged() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("b", "2");
        cells.put("a", "1");
        List<Problem> problems = new ArrayList<>(List.of(new Problem("x", "", "y")));
        Set<String> refused = new HashSet<>(Set.of("c"));
        Row row = new Row("f", 1, cells, problems, refused);
        cells.put("z", "late");
        problems.clear();
        refused.clear();
        assertThat(row.cells()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
        assertThat(row.problems()).hasSize(1);
        assertThat(row.refused()).containsExactly("c");
        assertThatThrownBy(() -> row.cells().put("q", "r"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.problems().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.refused().add("q"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderKeepsGoodCellsInOrderAndRefusesBadOnes() {
        RowBuilder builder = new RowBuilder("f.csv", 7);
        builder.cell("b", "tab\tand\r\nbreaks are fine");
        builder.cell("bell", "ding\u0007");
        builder.cell("a", "");
        builder.cell("long", "x".repeat(RowReader.MAX_CELL_CHARS + 1));
        builder.cell("max", "x".repeat(RowReader.MAX_CELL_CHARS));
        Row row = builder.build();
        assertThat(row.cells()).containsOnlyKeys("b", "a", "max");
        assertThat(row.cells().keySet()).containsExactly("b", "a", "max");
        assertThat(row.refused()).containsExactlyInAnyOrder("bell", "long");
        List<String> problems = Rows.problems(row);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .startsWith("f.csv:row 7, column \"bell\": contains U+0007")
                .endsWith(" at character 5, which is not allowed in letter data");
        assertThat(problems.get(1))
                .isEqualTo(
                        "f.csv:row 7, column \"long\": is longer than "
                                + RowReader.MAX_CELL_CHARS
                                + " characters");
    }

    @Test
    void aBuilderRecordsRowAndCellProblemsWithoutRefusing() {
        RowBuilder builder = new RowBuilder("f.json", 2);
        builder.rowProblem("is odd");
        builder.problem("a", "is odd too");
        Row row = builder.build();
        assertThat(Rows.problems(row))
                .containsExactly("f.json:row 2: is odd", "f.json:row 2, column \"a\": is odd too");
        assertThat(row.refused()).isEmpty();
        assertThat(row.cells()).isEmpty();
    }

    @Test
    void openChoosesTheReaderByExtensionOrByTheGivenFormat() throws IOException {
        Path csv = Files.writeString(dir.resolve("rows.csv"), "a\n1\n");
        Path json = Files.writeString(dir.resolve("rows.json"), "[{\"a\": \"1\"}]");
        Path yaml = Files.writeString(dir.resolve("rows.yml"), "- a: '1'\n");
        Path txt = Files.writeString(dir.resolve("rows.txt"), "[{\"a\": \"1\"}]");
        for (Path file : List.of(csv, json, yaml)) {
            assertThat(Rows.cells(RowReader.open(file, null))).containsExactly(Map.of("a", "1"));
        }
        assertThat(Rows.cells(RowReader.open(txt, RowFormat.JSON)))
                .containsExactly(Map.of("a", "1"));
        assertThat(RowReader.open(csv, null).headers()).containsExactly("a");
    }

    @Test
    void openExplainsAFileItCannotRead() {
        Path txt = dir.resolve("rows.txt");
        assertThat(
                        catchThrowableOfType(InputException.class, () -> RowReader.open(txt, null))
                                .lines())
                .singleElement()
                .asString()
                .contains("cannot tell the format from the file name");
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () -> RowReader.open(dir.resolve("no.csv"), null))
                                .lines())
                .containsExactly(dir.resolve("no.csv") + ": file not found");
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () -> RowReader.open(dir, RowFormat.CSV))
                                .lines())
                .containsExactly(dir + ": is a folder, not a file");
    }
}
