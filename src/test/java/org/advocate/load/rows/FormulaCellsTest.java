package org.advocate.load.rows;

import static org.advocate.load.rows.Rows.all;
import static org.advocate.load.rows.Rows.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaCellsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\",\"y\")",
                "+44 20 7946 0000",
                "-Maria",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                "'=1",
                "''-x"
            })
    void guardsEveryCellASpreadsheetWouldRunAndTakesTheGuardOffAgain(String cell) {
        String written = FormulaCells.neutralize(cell);
        assertThat(written).isEqualTo("'" + cell);
        assertThat(FormulaCells.restore(written)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Maria", "'quoted'", "'", "a=b", " =1", "O'Brien", "'plain"})
    void leavesEveryOtherCellAsItIs(String cell) {
        assertThat(FormulaCells.neutralize(cell)).isEqualTo(cell);
        assertThat(FormulaCells.restore(cell)).isEqualTo(cell);
    }

    @Test
    void anyCellSurvivesGuardingAndRestoring() {
        Random random = new Random(16);
        String alphabet = "=+-@\t\r\n'\"a ,é";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = cell.toString();
            String written = FormulaCells.neutralize(text);
            assertThat(FormulaCells.restore(written)).as(text).isEqualTo(text);
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                assertThat(written).startsWith("'");
            }
        }
    }

    @Test
    void aFileWithTheMarkerColumnIsReadWithoutTheGuardsAndWithoutThatColumn() {
        CsvRowReader reader =
                csv(
                        "Name,'=Phone,advocate error\n"
                                + "'-Maria,'+44 20 7946 0000,'-a message\n"
                                + "'plain,'@x,\n");
        assertThat(reader.headers()).containsExactly("Name", "=Phone");
        List<Row> rows = all(reader);
        assertThat(rows.get(0).cells())
                .containsExactly(
                        Map.entry("Name", "-Maria"), Map.entry("=Phone", "+44 20 7946 0000"));
        assertThat(rows.get(1).cells())
                .containsExactly(Map.entry("Name", "'plain"), Map.entry("=Phone", "@x"));
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void aFileWithoutTheMarkerKeepsItsApostrophes() {
        List<Row> rows = all(csv("Name,Phone\n'-Maria,'+44\n"));
        assertThat(rows.get(0).cells())
                .containsExactly(Map.entry("Name", "'-Maria"), Map.entry("Phone", "'+44"));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsCountsTheMarkerColumn() {
        List<Row> rows = all(csv("Name,advocate error\nAna\n"));
        assertThat(Rows.problems(rows.get(0)))
                .containsExactly(
                        "f.csv:2 (row 2): has 1 cells but the header has 2 columns (a missing or"
                                + " extra comma, or an unclosed quote?)");
    }
}
