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
        List<String> columns = new ArrayList<>(headers);
        AtomicFiles.publish(
                file,
                true,
                out -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    // Not closed: closing would close the stream AtomicFiles still syncs.
                    CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
                    // A row read back from an earlier failed.csv gets this run's error, not two.
                    csv.printRecord(FormulaCells.header(columns));
                    for (int i = 0; i < rows.size(); i++) {
                        csv.printRecord(
                                FormulaCells.record(columns, rows.get(i).cells(), errors.get(i)));
                    }
                    csv.flush();
                });
    }
}
