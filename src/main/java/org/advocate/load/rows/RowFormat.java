package org.advocate.load.rows;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats rows can come in. */
public enum RowFormat {
    /** Comma-separated values with a header line, as spreadsheets export them. */
    CSV,
    /** A YAML list of mappings. */
    YAML,
    /** A JSON array of objects. */
    JSON;

    /** Returns the format a file name's extension selects. */
    public static Optional<RowFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /** Returns the format for a name given on the command line: csv, yaml or json. */
    public static Optional<RowFormat> byName(String name) {
        for (RowFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)
                    || name.equalsIgnoreCase("yml") && format == YAML) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
