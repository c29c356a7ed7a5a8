package org.advocate.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import org.advocate.OutputException;
import org.advocate.output.AtomicFiles;

/**
 * The end of a batch, on the calling thread, reading the row log in row order: a dry run prints
 * each row's plan; a run whose rows all passed (or that goes past failed rows) moves each good
 * row's file from the work folder to its name, records it in the manifest and adds it to the
 * report, and lists the failed rows in failed.csv; a run stopped by a problem publishes nothing and
 * reports its rows as failed or pending.
 */
final class Publication {
    private final BatchOptions options;
    private final Path outDir;
    private final WorkFolder work;
    private final String displayDir;
    private int written;
    private int skipped;
    private int failed;
    private int pending;
    private int toSkip;
    private RuntimeException firstFailure;

    Publication(BatchOptions options, Path outDir, WorkFolder work) {
        this.options = options;
        this.outDir = outDir;
        this.work = work;
        String dir = options.outDir().toString().replace('\\', '/');
        this.displayDir = dir.endsWith("/") ? dir : dir + "/";
    }

    /**
     * Goes through the row log.
     *
     * @param rows the row log
     * @param collisions this shard's rows whose names collide
     * @param publish whether to publish: false when a problem stopped the run
     * @param sinks where rows go: the manifest, the report, failed.csv, the dry run's plan (each
     *     may be null)
     */
    void run(Spool.Reader rows, Collisions.Found collisions, boolean publish, Sinks sinks) {
        boolean publishing = publish;
        for (Spool.Entry row = rows.next(); row != null; row = rows.next()) {
            Plan.Entry entry = row.entry();
            Outcome outcome = row.outcome();
            if (!outcome.failedRow()) {
                String collision = collisions.errorOf(entry.number());
                if (collision != null) {
                    outcome = Outcome.failed(row.label() + ": --name: " + collision, null);
                }
            }
            if (sinks.plan() != null) {
                print(sinks.plan(), row.label(), entry, outcome);
            } else if (!publishing && !outcome.failedRow()) {
                outcome = Outcome.pending();
            } else if (Outcome.STAGED.equals(outcome.status())) {
                try {
                    AtomicFiles.publishStaged(
                            work.staged(entry.number()),
                            outDir.resolve(entry.path()),
                            options.force() || entry.action() == Plan.Action.REPLACE);
                    outcome = Outcome.written(outcome.sha256());
                } catch (OutputException e) {
                    outcome = Outcome.failed(String.join("; ", e.lines()), e);
                    if (!options.continueOnError()) {
                        firstFailure = e;
                        publishing = false;
                    }
                }
            }
            count(outcome);
            if (outcome.record() && sinks.manifest() != null) {
                sinks.manifest().record(entry.path(), HexFormat.of().parseHex(outcome.sha256()));
            }
            if (sinks.report() != null) {
                sinks.report()
                        .add(
                                entry.index(),
                                entry.path() == null ? null : displayDir + entry.path(),
                                outcome);
            }
            if (outcome.failedRow() && sinks.failedRows() != null && row.cells() != null) {
                sinks.failedRows().add(row.cells(), outcome.error());
            }
        }
    }

    /** Where the rows go; each may be null. */
    record Sinks(Manifest manifest, BatchReport report, FailedRows failedRows, PrintWriter plan) {}

    private void print(PrintWriter out, String label, Plan.Entry entry, Outcome outcome) {
        if (outcome.failedRow()) {
            out.println(label + " -> failed: " + outcome.error());
            return;
        }
        String note =
                switch (entry.action()) {
                    case SKIP -> {
                        toSkip++;
                        yield "  (skip: already written)";
                    }
                    case VERIFY -> "  (exists: compare, then skip or fail)";
                    case REPLACE -> "  (recorded but damaged: write again)";
                    case WRITE -> "";
                };
        out.println(label + " -> " + outDir.resolve(entry.path()) + note);
    }

    private void count(Outcome outcome) {
        switch (outcome.status()) {
            case Outcome.WRITTEN -> written++;
            case Outcome.SKIPPED -> skipped++;
            case Outcome.FAILED -> failed++;
            case Outcome.PLANNED -> {
                // counted by the dry run's own summary
            }
            default -> pending++;
        }
    }

    /** A failure that stopped publishing part-way (a file that appeared meanwhile), or null. */
    RuntimeException firstFailure() {
        return firstFailure;
    }

    int written() {
        return written;
    }

    int skipped() {
        return skipped;
    }

    int failed() {
        return failed;
    }

    int pending() {
        return pending;
    }

    /** A dry run's rows whose file is already in place. */
    int toSkip() {
        return toSkip;
    }
}
