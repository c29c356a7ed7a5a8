package org.advocate.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.Writers;

/**
 * One batch run: plans every row (nothing is written if any row or output name is wrong), then
 * renders and publishes this shard's letters, keeping the manifest, the report and failed.csv.
 */
public final class BatchJob {
    private final Composer composer;
    private final PreparedLetter letter;
    private final Writers writers;
    private final BatchOptions options;

    /**
     * @param composer binds, renders and writes the letters (thread-safe)
     * @param letter the parsed letter file, bound once per row
     * @param options what to do
     */
    public BatchJob(Composer composer, PreparedLetter letter, BatchOptions options) {
        this.composer = composer;
        this.letter = letter;
        this.writers = composer.writers();
        this.options = options;
    }

    /**
     * Runs the batch.
     *
     * @param out where a dry run prints its plan
     * @param err where the summary line goes
     * @param progress creates the progress display
     * @return the totals; rows that failed under {@code --continue-on-error} are counted there
     * @throws org.advocate.AdvocateException for invalid input, or the first failed row otherwise
     */
    public BatchSummary run(PrintWriter out, PrintWriter err, Progress.Factory progress) {
        long start = System.nanoTime();
        String pattern = options.name();
        LetterWriter writer = chooseWriter(pattern);
        pattern = withExtension(pattern, writers, writer);
        NamePattern names = NamePattern.parse(pattern);
        if (options.report() != null && Files.isDirectory(options.report())) {
            throw new OutputException(
                    options.report()
                            + ": is a folder; --report takes a file name, e.g. report.json");
        }
        if (options.report() != null
                && Files.exists(options.report())
                && !options.force()
                && !options.resume()) {
            throw new OutputException(
                    options.report() + ": file exists; use --force to replace it");
        }
        BatchContext batch = new BatchContext(composer, letter, writer, options);
        Plan plan = new Planner(batch, names).plan();
        AtomicBoolean stop = new AtomicBoolean();
        RowPublisher render = new RowPublisher(batch, stop);
        if (options.resume()) {
            ResumeCheck.check(plan, options, render);
        }
        if (options.dryRun()) {
            return dryRun(plan, out, err, start);
        }
        try {
            Files.createDirectories(plan.outDir());
        } catch (IOException e) {
            throw new OutputException(options.outDir() + ": cannot create: " + e.getMessage(), e);
        }
        FailedRows failedRows = new FailedRows();
        Results results;
        try (Manifest manifest = Manifest.open(plan.outDir(), options.shard());
                BatchReport report =
                        options.report() == null
                                ? null
                                : new BatchReport(options.report(), options.shard());
                Progress bar =
                        options.quiet() ? Progress.none() : progress.start(plan.entries().size())) {
            results = new Results(options, manifest, report, failedRows, bar, stop);
            new BatchRunner(options, plan, render, results).run();
            bar.close();
            BatchSummary summary = results.summary(seconds(start));
            if (!failedRows.isEmpty()) {
                failedRows.write(plan.outDir().resolve(FailedRows.fileName(options.shard())));
            }
            if (report != null) {
                report.finish(summary);
            }
            err.println("advocate: " + summary.line());
            err.flush();
            if (results.firstFailure() != null) {
                throw results.firstFailure();
            }
            return summary;
        }
    }

    /** A name pattern with the writer's extension added when it ends in no known one. */
    static String withExtension(String pattern, Writers writers, LetterWriter writer) {
        return writers.byFileName(pattern).isPresent()
                ? pattern
                : pattern + "." + writer.extensions().get(0);
    }

    private BatchSummary dryRun(Plan plan, PrintWriter out, PrintWriter err, long start) {
        int skip = 0;
        for (Plan.Entry entry : plan.entries()) {
            String note =
                    switch (entry.action()) {
                        case SKIP -> "  (skip: already written)";
                        case VERIFY -> "  (exists: compare, then skip or fail)";
                        case REPLACE -> "  (recorded but damaged: write again)";
                        case WRITE -> "";
                    };
            if (entry.action() == Plan.Action.SKIP) {
                skip++;
            }
            out.println(
                    entry.label(options.rows())
                            + " -> "
                            + plan.outDir().resolve(entry.path())
                            + note);
        }
        out.flush();
        BatchSummary summary =
                new BatchSummary(
                        options.shard(),
                        plan.entries().size(),
                        0,
                        skip,
                        0,
                        plan.entries().size() - skip,
                        seconds(start));
        err.println(
                "advocate: dry run: "
                        + summary.rows()
                        + " "
                        + BatchSummary.rows(summary.rows())
                        + ", "
                        + (summary.rows() - skip)
                        + " to write, "
                        + skip
                        + " to skip; nothing written");
        return summary;
    }

    private LetterWriter chooseWriter(String pattern) {
        Optional<LetterWriter> byExtension = writers.byFileName(pattern);
        if (options.format() == null) {
            return byExtension.orElseThrow(
                    () ->
                            new OutputException(
                                    "--name "
                                            + pattern
                                            + ": cannot tell the format from the name; end it"
                                            + " with a known extension or give -f ("
                                            + writers.names()
                                            + ")"));
        }
        LetterWriter chosen =
                writers.byName(options.format())
                        .orElseThrow(
                                () ->
                                        new OutputException(
                                                "unknown format '"
                                                        + options.format()
                                                        + "'; known: "
                                                        + writers.names()));
        if (byExtension.isPresent() && byExtension.get() != chosen) {
            throw new OutputException(
                    "--name "
                            + pattern
                            + " ends in ."
                            + extension(pattern)
                            + " but the format is "
                            + chosen.name());
        }
        return chosen;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
