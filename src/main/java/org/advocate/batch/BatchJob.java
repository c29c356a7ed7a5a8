package org.advocate.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.RowReader;
import org.advocate.output.LetterWriter;
import org.advocate.output.Writers;

/**
 * One batch run. One pass over the rows makes each row's letter once, on worker threads, in a work
 * folder inside the output folder ({@link BatchRunner}); then the output names are checked against
 * each other on disk ({@link Collisions}); then, only if every row passed (or with {@code
 * --continue-on-error}, for every good row), the letters are moved to their names in row order,
 * with the manifest, the report and failed.csv ({@link Publication}). Memory does not grow with the
 * number of rows.
 */
public final class BatchJob {
    /** The row log's name in the work folder. */
    private static final String ROW_LOG = "rows.log";

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
        LetterWriter writer = OutputFormat.choose(writers, options.format(), pattern);
        pattern = OutputFormat.withExtension(pattern, writers, writer);
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
        Path requested = options.outDir().toAbsolutePath().normalize();
        boolean created = false;
        if (!options.dryRun()) {
            created = !Files.exists(requested);
            try {
                Files.createDirectories(requested);
            } catch (IOException e) {
                throw new OutputException(
                        options.outDir() + ": cannot create: " + e.getMessage(), e);
            }
        }
        OutputFolder folder = new OutputFolder(options);
        if (options.resume()) {
            WorkFolder.removeStale(folder.dir(), options.shard());
        }
        boolean published = false;
        try (WorkFolder work =
                options.dryRun()
                        ? WorkFolder.temporary()
                        : WorkFolder.create(folder.dir(), options.shard())) {
            RunProblems problems = new RunProblems(options.rows().toString());
            RowPublisher publisher = new RowPublisher(batch, work);
            RowStep step =
                    new RowStep(
                            batch,
                            names,
                            folder,
                            publisher,
                            reservedNames(),
                            new AtomicBoolean(),
                            names.numbered() ? countRows() : 0);
            BatchRunner runner;
            Collisions.Found collisions;
            try (Spool.Writer spool = new Spool.Writer(work.file(ROW_LOG));
                    Collisions nameCheck = new Collisions(work.dir());
                    Progress bar = options.quiet() ? Progress.none() : progress.start(-1)) {
                runner = new BatchRunner(options, step, spool, nameCheck, problems, bar);
                runner.run(names);
                collisions =
                        nameCheck.find(
                                p -> {
                                    if (!options.continueOnError()) {
                                        problems.input(p);
                                    }
                                });
            }
            if (publisher.inputsChanged() != null) {
                problems.fatalOutput(publisher.inputsChanged());
            }
            if (options.dryRun()) {
                problems.throwIfAny();
                return dryRun(folder.dir(), work, collisions, runner.rows(), out, err, start);
            }
            boolean stopped = problems.any();
            Publication publication = new Publication(options, folder.dir(), work);
            BatchSummary summary;
            try (Spool.Reader rows = new Spool.Reader(work.file(ROW_LOG));
                    Collisions.Found found = collisions;
                    Manifest manifest =
                            stopped ? null : Manifest.open(folder.dir(), options.shard());
                    BatchReport report =
                            options.report() == null
                                    ? null
                                    : new BatchReport(options.report(), options.shard());
                    FailedRows failedRows =
                            options.continueOnError()
                                    ? new FailedRows(work.file("failed.csv"), runner.columns())
                                    : null) {
                publication.run(
                        rows,
                        found,
                        !stopped,
                        new Publication.Sinks(manifest, report, failedRows, null));
                published = !stopped;
                Path failedFile = folder.dir().resolve(FailedRows.fileName(options.shard()));
                if (failedRows != null) {
                    failedRows.publish(failedFile);
                } else if (published) {
                    Files.deleteIfExists(failedFile);
                }
                summary =
                        new BatchSummary(
                                options.shard(),
                                runner.rows(),
                                publication.written(),
                                publication.skipped(),
                                publication.failed(),
                                publication.pending(),
                                seconds(start));
                if (report != null) {
                    report.finish(summary);
                }
                if (published) {
                    err.println("advocate: " + summary.line() + where(failedRows, failedFile));
                    err.flush();
                }
            } catch (IOException e) {
                throw new OutputException(
                        options.outDir() + ": cannot write: " + e.getMessage(), e);
            }
            problems.throwIfAny();
            if (publication.firstFailure() != null) {
                throw publication.firstFailure();
            }
            return summary;
        } finally {
            if (created && !published) {
                removeIfEmpty(requested);
            }
        }
    }

    /** Where the summary says the failed rows and the report are, or nothing. */
    private String where(FailedRows failedRows, Path failedFile) {
        StringBuilder where = new StringBuilder();
        if (failedRows != null && !failedRows.isEmpty()) {
            where.append("; failed rows in ")
                    .append(options.outDir().resolve(failedFile.getFileName()));
        }
        if (options.report() != null) {
            where.append("; report in ").append(options.report());
        }
        return where.toString();
    }

    private static void removeIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmptyOrGone) {
            // something else is in it: it stays
        }
    }

    /**
     * How many rows the batch reads, for the width of {@code {#}}: one streaming pass over the file
     * before the real one, made only when the name pattern numbers its files.
     */
    private long countRows() {
        long count = 0;
        try (RowReader rows =
                RowReader.open(options.rows(), options.rowsFormat(), options.allowEmpty())) {
            while ((options.limit() == 0 || count < options.limit()) && rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        return count;
    }

    /** The names of the batch's own files in the output folder, as collision keys. */
    private Set<String> reservedNames() {
        Set<String> reserved = new HashSet<>();
        reserved.add(SafeNames.collisionKey(FailedRows.fileName(options.shard())));
        if (options.report() != null) {
            Path dir = options.outDir().toAbsolutePath().normalize();
            Path report = options.report().toAbsolutePath().normalize();
            if (report.startsWith(dir)) {
                reserved.add(
                        SafeNames.collisionKey(
                                dir.relativize(report).toString().replace('\\', '/')));
            }
        }
        return reserved;
    }

    private BatchSummary dryRun(
            Path outDir,
            WorkFolder work,
            Collisions.Found collisions,
            int rows,
            PrintWriter out,
            PrintWriter err,
            long start) {
        Publication plan = new Publication(options, outDir, work);
        try (Spool.Reader log = new Spool.Reader(work.file(ROW_LOG));
                Collisions.Found found = collisions) {
            plan.run(log, found, false, new Publication.Sinks(null, null, null, out));
        }
        out.flush();
        int skip = plan.toSkip();
        int failed = plan.failed();
        BatchSummary summary =
                new BatchSummary(
                        options.shard(),
                        rows,
                        0,
                        skip,
                        failed,
                        rows - skip - failed,
                        seconds(start));
        err.println(
                "advocate: dry run: "
                        + rows
                        + " "
                        + BatchSummary.rows(rows)
                        + ", "
                        + (rows - skip - failed)
                        + " to write, "
                        + skip
                        + " to skip"
                        + (failed > 0 ? ", " + failed + " failed" : "")
                        + "; nothing written");
        return summary;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
