package org.advocate.batch;

import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advocate.load.rows.Row;

/**
 * Takes each row's outcome, in row order, on the batch's main thread: records published files in
 * the manifest, adds the row to the report and the progress, keeps failed rows for failed.csv, and
 * raises the stop flag at the first failure unless the run continues past errors.
 */
final class Results {
    private final BatchOptions options;
    private final Manifest manifest;
    private final BatchReport report;
    private final FailedRows failedRows;
    private final Progress progress;
    private final AtomicBoolean stop;
    private final String displayDir;
    private int rows;
    private int written;
    private int skipped;
    private int failed;
    private int pending;
    private RuntimeException firstFailure;

    Results(
            BatchOptions options,
            Manifest manifest,
            BatchReport report,
            FailedRows failedRows,
            Progress progress,
            AtomicBoolean stop) {
        this.options = options;
        this.manifest = manifest;
        this.report = report;
        this.failedRows = failedRows;
        this.progress = progress;
        this.stop = stop;
        String dir = options.outDir().toString().replace('\\', '/');
        this.displayDir = dir.endsWith("/") ? dir : dir + "/";
    }

    /** Returns the path a report shows for an output: the output folder as given, then the name. */
    String display(Plan.Entry entry) {
        return displayDir + entry.path();
    }

    boolean stopped() {
        return stop.get();
    }

    void accept(Plan.Entry entry, Row row, Outcome outcome) {
        rows++;
        switch (outcome.status()) {
            case "written" -> written++;
            case "skipped" -> skipped++;
            case "failed" -> failed++;
            default -> pending++;
        }
        if (outcome.record()) {
            manifest.record(entry.path(), HexFormat.of().parseHex(outcome.sha256()));
        }
        if (report != null) {
            report.add(entry.index(), display(entry), outcome);
        }
        if (outcome.failure() != null) {
            if (options.continueOnError()) {
                failedRows.add(row, outcome.error());
            } else if (firstFailure == null) {
                firstFailure = outcome.failure();
                stop.set(true);
            }
        }
        progress.step();
    }

    /** Counts a row the run never reached. */
    void notReached(Plan.Entry entry) {
        rows++;
        pending++;
        if (report != null) {
            report.add(entry.index(), display(entry), Outcome.pending());
        }
    }

    /** The failure that stopped the run, or null. */
    RuntimeException firstFailure() {
        return firstFailure;
    }

    BatchSummary summary(double seconds) {
        return new BatchSummary(options.shard(), rows, written, skipped, failed, pending, seconds);
    }
}
