package org.advocate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a batch report: the shard's name and every row's fields as text. */
record ReportJson(String shard, List<Map<String, String>> rows) {

    static ReportJson read(Path file) throws IOException {
        String shard = null;
        List<Map<String, String>> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            String section = null;
            Map<String, String> row = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inRoot()) {
                    section = p.currentName();
                } else if (t == JsonToken.START_OBJECT && "rows".equals(section)) {
                    row = new HashMap<>();
                } else if (t == JsonToken.END_OBJECT && row != null) {
                    rows.add(row);
                    row = null;
                } else if (t.isScalarValue()) {
                    String value = t == JsonToken.VALUE_NULL ? null : p.getText();
                    if (row != null) {
                        row.put(p.currentName(), value);
                    } else if ("shard".equals(section) && "name".equals(p.currentName())) {
                        shard = value;
                    }
                }
            }
        }
        return new ReportJson(shard, rows);
    }
}
