package org.advocate.load.rows;

import static org.advocate.load.rows.Rows.all;
import static org.advocate.load.rows.Rows.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    /** Writes a CSV as advocate writes failed.csv. */
    private static byte[] write(List<String> columns, List<Map<String, String>> rows)
            throws IOException {
        StringWriter text = new StringWriter();
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
        csv.printRecord(FormulaCells.header(columns));
        for (int i = 0; i < rows.size(); i++) {
            csv.printRecord(
                    FormulaCells.record(columns, rows.get(i), "row " + (i + 1) + " failed"));
        }
        csv.flush();
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void formulaCellsAreWrittenAsTextAndTheFileIsMarkedAsAdvocates() throws IOException {
        String written =
                new String(
                        write(
                                List.of("Name", "advocate error"),
                                List.of(
                                        Map.of(
                                                "Name",
                                                "=HYPERLINK(\"http://evil.example\",\"click\")",
                                                "advocate error",
                                                "an earlier run's"))),
                        StandardCharsets.UTF_8);
        assertThat(written)
                .isEqualTo(
                        "Name,advocate error\r\n"
                                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                                + "row 1 failed\r\n");
    }

    @Test
    void anyCellsSurviveWritingAndReadingBack() throws IOException {
        Random random = new Random(8);
        String alphabet = "=+-@\t\r\n'\",a é";
        List<String> columns = List.of("Name", "=Sum", "-Phone", "@Who", "'Quoted");
        for (int round = 0; round < 300; round++) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : columns) {
                    StringBuilder cell = new StringBuilder("x");
                    for (int i = random.nextInt(6); i > 0; i--) {
                        cell.insert(0, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    cells.put(column, cell.toString());
                }
                rows.add(cells);
            }
            byte[] file = write(columns, rows);
            CsvRowReader reader = csv(file);
            assertThat(reader.headers()).isEqualTo(columns);
            List<Row> read = all(reader);
            assertThat(read).hasSize(rows.size());
            for (int r = 0; r < read.size(); r++) {
                assertThat(read.get(r).problems()).isEmpty();
                assertThat(read.get(r).cells()).isEqualTo(rows.get(r));
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
