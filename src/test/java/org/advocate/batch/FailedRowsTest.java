package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowFormat;
import org.advocate.load.rows.RowReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedRowsTest {
    @TempDir Path dir;

    private FailedRows failedRows(String name, List<String> columns) {
        return new FailedRows(dir.resolve(name + ".tmp"), columns);
    }

    private static List<Row> readBack(Path file) {
        try (RowReader reader = RowReader.open(file, RowFormat.CSV)) {
            List<Row> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void formulaCellsAreShownAsTextAndTheFileIsMarkedAsAdvocates() throws IOException {
        FailedRows failed = failedRows("a", List.of("Name"));
        failed.add(
                Map.of("Name", "=HYPERLINK(\"http://evil.example\",\"click\")"),
                "-boom: no template");
        Path file = dir.resolve("failed.csv");
        failed.publish(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(
                        "Name,advocate error\r\n"
                                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                                + "'-boom: no template\r\n");
    }

    @Test
    void aRowReadBackFromFailedCsvGetsThisRunsErrorOnly() throws IOException {
        FailedRows failed = failedRows("b", List.of("Name", "advocate error"));
        failed.add(Map.of("Name", "Ana", "advocate error", "old"), "new");
        Path file = dir.resolve("failed.csv");
        failed.publish(file);
        assertThat(Files.readString(file)).isEqualTo("Name,advocate error\r\nAna,new\r\n");
    }

    @Test
    void anyCellsSurviveWritingAndReadingBack() throws IOException {
        Random random = new Random(8);
        String alphabet = "=+-@\t\r\n'\",a é";
        List<String> headers = List.of("Name", "=Sum", "-Phone", "@Who", "'Quoted");
        for (int round = 0; round < 200; round++) {
            FailedRows failed = failedRows("round-" + round, headers);
            List<Map<String, String>> written = new ArrayList<>();
            for (int r = 1; r <= 10; r++) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String header : headers) {
                    StringBuilder cell = new StringBuilder("x");
                    for (int i = random.nextInt(6); i > 0; i--) {
                        cell.insert(0, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    cells.put(header, cell.toString());
                }
                written.add(cells);
                failed.add(cells, "row " + r + " failed");
            }
            Path file = dir.resolve("failed-" + round + ".csv");
            failed.publish(file);
            List<Row> read = readBack(file);
            assertThat(read).hasSize(written.size());
            for (int r = 0; r < read.size(); r++) {
                assertThat(read.get(r).problems()).isEmpty();
                assertThat(read.get(r).cells()).as(file.toString()).isEqualTo(written.get(r));
            }
        }
    }
}
