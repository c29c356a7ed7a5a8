package org.advocate.check;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one JSON object per finding, one per line, with the keys file, line, column,
 * severity, rule and message (line and column are 0 when unknown). No findings prints nothing.
 */
final class JsonFormat implements FindingFormat {
    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(List<Finding> findings, PrintWriter out, boolean colour) {
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("severity", f.severity().label());
            m.put("rule", f.rule());
            m.put("message", f.message());
            out.println(Json.write(m));
        }
    }
}
