package org.advocate.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.Problem;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;

/**
 * The one pass of a batch over its rows: streams the rows, has {@code jobs} threads do each row's
 * whole work once ({@link RowStep}), and takes the results in row order on the calling thread: this
 * shard's rows go to the row log, every named row to the collision check, and what stops the run to
 * its problems. Rows go to the threads in small runs, so handing work over costs little next to the
 * work; at most {@code 4 x jobs} runs are in flight, so memory does not grow with the batch.
 */
final class BatchRunner {
    /** The most rows handed to a thread at once. */
    private static final int RUN_LENGTH = 32;

    /** A run of rows in flight. */
    private record Pending(Future<List<RowStep.Done>> done) {}

    private final BatchOptions options;
    private final RowStep step;
    private final Spool.Writer spool;
    private final Collisions collisions;
    private final RunProblems problems;
    private final Progress progress;
    private final Set<String> columns = new LinkedHashSet<>();
    private int rows;

    BatchRunner(
            BatchOptions options,
            RowStep step,
            Spool.Writer spool,
            Collisions collisions,
            RunProblems problems,
            Progress progress) {
        this.options = options;
        this.step = step;
        this.spool = spool;
        this.collisions = collisions;
        this.problems = problems;
        this.progress = progress;
    }

    /** The rows of this shard the pass logged. */
    int rows() {
        return rows;
    }

    /** Every column of the rows, in the order first seen: failed.csv's header. */
    List<String> columns() {
        return new ArrayList<>(columns);
    }

    /**
     * Runs the pass; returns normally when rows failed (the row log and the problems know), and
     * throws only what is wrong with the whole run.
     */
    void run(NamePattern pattern) {
        int jobs = Math.max(1, options.jobs());
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        jobs,
                        r -> {
                            Thread t = new Thread(r, "advocate-batch-" + threads.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        Deque<Pending> window = new ArrayDeque<>();
        String file = options.rows().toString();
        try (RowReader reader =
                RowReader.open(options.rows(), options.rowsFormat(), options.allowEmpty())) {
            Set<String> seen = new HashSet<>(reader.headers());
            if (!reader.headers().isEmpty()) {
                step.letter().checkColumns(reader.headers(), file);
                step.letter().warnUnmatchedColumns(reader.headers(), file);
                pattern.checkColumns(reader.headers(), file);
                columns.addAll(reader.headers());
            }
            long read = 0;
            List<Row> run = new ArrayList<>(RUN_LENGTH);
            while ((options.limit() == 0 || read < options.limit()) && reader.hasNext()) {
                Row row = reader.next();
                read++;
                checkNewColumns(row, seen, file);
                run.add(row);
                if (run.size() == RUN_LENGTH) {
                    window.add(submit(pool, run));
                    run = new ArrayList<>(RUN_LENGTH);
                    if (window.size() >= 4 * jobs) {
                        handle(window.poll());
                    }
                }
            }
            if (!run.isEmpty()) {
                window.add(submit(pool, run));
            }
            while (!window.isEmpty()) {
                handle(window.poll());
            }
        } catch (InputException e) {
            // The rows file itself (its syntax, its encoding) stops the run, whatever the options.
            problems.input(e.problems());
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    /** Checks columns a YAML or JSON row names for the first time, once each. */
    private void checkNewColumns(Row row, Set<String> seen, String file) {
        List<String> fresh = new ArrayList<>();
        for (String header : row.cells().keySet()) {
            if (seen.add(header)) {
                fresh.add(header);
                columns.add(header);
            }
        }
        if (!fresh.isEmpty()) {
            try {
                step.letter().checkColumns(fresh, file);
            } catch (InputException e) {
                problems.input(e.problems());
            }
        }
    }

    private Pending submit(ExecutorService pool, List<Row> run) {
        Callable<List<RowStep.Done>> task =
                () -> {
                    List<RowStep.Done> done = new ArrayList<>(run.size());
                    for (Row row : run) {
                        done.add(step.process(row));
                    }
                    return done;
                };
        return new Pending(pool.submit(task));
    }

    private void handle(Pending pending) {
        List<RowStep.Done> done;
        try {
            done = pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (RowStep.Done row : done) {
            accept(row);
        }
    }

    private void accept(RowStep.Done done) {
        Row row = done.row();
        boolean strict = !options.continueOnError();
        if (strict) {
            // Every row must pass, another shard's too; else a bad row only fails itself.
            problems.input(done.problems());
            if (!done.refusals().isEmpty()) {
                problems.refused(row, done.refusals());
            }
        }
        if (!done.inShard()) {
            if (done.good()) {
                collisions.add(
                        done.key(),
                        row.number(),
                        false,
                        row.sheetRow(),
                        row.label(),
                        done.entry().path());
            }
            return;
        }
        Outcome outcome = done.outcome();
        String error = null;
        if (!done.problems().isEmpty()) {
            error = lines(done.problems());
        } else if (!done.refusals().isEmpty()) {
            error = lines(done.refusals());
        } else if (done.outputProblem() != null) {
            error = done.outputProblem();
            if (strict) {
                problems.output(error);
            }
        } else if (outcome != null && outcome.failedRow()) {
            if (strict) {
                problems.failure(outcome.failure());
            }
        } else {
            collisions.add(
                    done.key(),
                    row.number(),
                    true,
                    row.sheetRow(),
                    row.label(),
                    done.entry().path());
        }
        if (error != null) {
            outcome = Outcome.failed(error, null);
        } else if (outcome == null) {
            outcome = options.dryRun() ? Outcome.planned() : Outcome.pending();
        }
        Plan.Entry entry =
                done.entry() != null
                        ? done.entry()
                        : new Plan.Entry(row.number(), null, Plan.Action.WRITE, null);
        spool.write(
                new Spool.Entry(
                        row.label(),
                        entry,
                        outcome,
                        options.continueOnError() ? row.cells() : null));
        rows++;
        progress.step();
    }

    private static String lines(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
