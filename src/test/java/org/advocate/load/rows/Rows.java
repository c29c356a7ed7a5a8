package org.advocate.load.rows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocate.Problem;

/** Opens readers on text in memory and collects what they read. */
final class Rows {
    private Rows() {}

    static StrictUtf8Reader utf8(byte[] bytes, String label) {
        return new StrictUtf8Reader(new ByteArrayInputStream(bytes), label);
    }

    static CsvRowReader csv(byte[] bytes) {
        return new CsvRowReader(utf8(bytes, "f.csv"), "f.csv");
    }

    static CsvRowReader csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonRowReader json(String text) {
        return new JsonRowReader(utf8(text.getBytes(StandardCharsets.UTF_8), "f.json"), "f.json");
    }

    static List<Row> all(RowReader reader) {
        try (reader) {
            List<Row> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    static List<Map<String, String>> cells(RowReader reader) {
        return all(reader).stream().map(Row::cells).toList();
    }

    static List<String> problems(Row row) {
        return row.problems().stream().map(Problem::toString).toList();
    }
}
