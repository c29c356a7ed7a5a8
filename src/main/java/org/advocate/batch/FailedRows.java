package org.advocate.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.advocate.OutputException;
import org.advocate.load.rows.FormulaCells;
import org.advocate.output.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows that failed in a {@code --continue-on-error} run, written as a CSV with the original
 * columns and an {@code advocate error} column ({@link FormulaCells#MARKER}), in row order, ready
 * to fix and feed back in as {@code --rows}. Rows are written as they come to a file in the work
 * folder, which is published (in place of the one an earlier run left) when the run ends. The file
 * is meant to be opened in a spreadsheet, so a cell that a spreadsheet would run as a formula is
 * written with a leading apostrophe ({@link FormulaCells#neutralize}); advocate takes it off when
 * it reads the file back.
 */
public final class FailedRows implements AutoCloseable {
    private final Path temp;
    private final List<String> columns;
    private BufferedWriter text;
    private CSVPrinter csv;
    private int count;

    /**
     * @param temp where the file is written until it is published
     * @param columns the rows' columns, in order
     */
    public FailedRows(Path temp, List<String> columns) {
        this.temp = temp;
        // A row read back from an earlier failed.csv gets this run's error, not two.
        this.columns = FormulaCells.dataColumns(columns);
    }

    /** Returns the file name for a shard: failed.csv, or failed-2-of-4.csv. */
    public static String fileName(Shard shard) {
        return shard.isSplit() ? "failed-" + shard.k() + "-of-" + shard.n() + ".csv" : "failed.csv";
    }

    /** Adds a failed row: its cells and why it failed. */
    public void add(Map<String, String> cells, String error) {
        try {
            if (csv == null) {
                text = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                csv = new CSVPrinter(text, CSVFormat.RFC4180);
                csv.printRecord(FormulaCells.header(columns));
            }
            csv.printRecord(FormulaCells.record(columns, cells, error));
            count++;
        } catch (IOException e) {
            throw new OutputException(
                    temp + ": cannot write the failed rows: " + e.getMessage(), e);
        }
    }

    /** Returns whether no row was added. */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Publishes the file when rows failed, replacing the one an earlier run left; removes that one
     * when none did, so a stale list is never taken for this run's.
     */
    public void publish(Path file) {
        close();
        if (count > 0) {
            AtomicFiles.publishStaged(temp, file, true);
            return;
        }
        try {
            if (Files.isRegularFile(file)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new OutputException(
                    file + ": cannot remove the failed rows of an earlier run: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
                csv = null;
            }
        } catch (IOException e) {
            throw new OutputException(
                    temp + ": cannot write the failed rows: " + e.getMessage(), e);
        }
    }
}
