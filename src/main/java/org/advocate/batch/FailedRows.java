package org.advocate.batch;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.advocate.load.rows.FormulaCells;
import org.advocate.load.rows.Row;
import org.advocate.output.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows that failed in a {@code --continue-on-error} run, written as a CSV with the original
 * columns and an {@code advocate error} column ({@link FormulaCells#MARKER}), ready to fix and feed
 * back in as {@code --rows}. The file is meant to be opened in a spreadsheet, so a cell that a
 * spreadsheet would run as a formula is written with a leading apostrophe ({@link
 * FormulaCells#neutralize}); advocate takes it off when it reads the file back.
 */
final class FailedRows {
    private final Set<String> headers = new LinkedHashSet<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    /** Returns the file name for a shard: failed.csv, or failed-2-of-4.csv. */
    static String fileName(Shard shard) {
        return shard.isSplit() ? "failed-" + shard.k() + "-of-" + shard.n() + ".csv" : "failed.csv";
    }

    void add(Row row, String error) {
        headers.addAll(row.cells().keySet());
        rows.add(row);
        errors.add(error);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Publishes the file (replacing the one an earlier run left). */
    void write(Path file) {
        // A row read back from an earlier failed.csv (YAML or JSON, or a marker column moved by a
        // spreadsheet) gets this run's error, not two.
        List<String> columns =
                headers.stream().filter(h -> !h.strip().equals(FormulaCells.MARKER)).toList();
        AtomicFiles.publish(
                file,
                true,
                out -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    // Not closed: closing would close the stream AtomicFiles still syncs.
                    CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
                    List<String> header = new ArrayList<>();
                    for (String column : columns) {
                        header.add(FormulaCells.neutralize(column));
                    }
                    header.add(FormulaCells.MARKER);
                    csv.printRecord(header);
                    for (int i = 0; i < rows.size(); i++) {
                        List<String> record = new ArrayList<>();
                        for (String column : columns) {
                            String cell = rows.get(i).cells().getOrDefault(column, "");
                            record.add(FormulaCells.neutralize(cell));
                        }
                        record.add(FormulaCells.neutralize(errors.get(i)));
                        csv.printRecord(record);
                    }
                    csv.flush();
                });
    }
}
