package org.advocate.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocate.OutputException;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.output.AtomicFiles;

/**
 * The second pass of a batch: streams the rows again, renders this shard's rows on {@code jobs}
 * threads, and handles the results in row order on the calling thread (manifest, report, progress,
 * failures). Rows go to the threads in small runs, so handing work over costs little next to the
 * work; at most {@code 4 x jobs} runs are in flight, so memory does not grow with the batch.
 */
final class BatchRunner {
    /** The most rows handed to a thread at once. */
    private static final int MAX_RUN = 32;

    /** A row to make, or to skip. */
    private record Item(Plan.Entry entry, Row row, Path target) {}

    /** A run of rows in flight. */
    private record Pending(List<Item> items, Future<List<Outcome>> outcomes) {}

    private final BatchOptions options;
    private final Plan plan;
    private final RowPublisher renderer;
    private final Results results;

    BatchRunner(BatchOptions options, Plan plan, RowPublisher renderer, Results results) {
        this.options = options;
        this.plan = plan;
        this.renderer = renderer;
        this.results = results;
    }

    /** Runs the plan; returns normally even when rows failed (the results know). */
    void run() {
        if (options.resume()) {
            removeStaleTemps();
        }
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
        int runLength = Math.clamp(plan.entries().size() / (jobs * 16L), 1, MAX_RUN);
        Deque<Pending> window = new ArrayDeque<>();
        Iterator<Plan.Entry> entries = plan.entries().iterator();
        Plan.Entry next = entries.hasNext() ? entries.next() : null;
        try (RowReader rows = RowReader.open(options.rows(), options.rowsFormat())) {
            int read = 0;
            List<Item> run = new ArrayList<>(runLength);
            while (next != null && !results.stopped() && rows.hasNext() && read < plan.rowsRead()) {
                Row row = rows.next();
                read++;
                if (row.number() != next.number()) {
                    continue;
                }
                run.add(new Item(next, row, plan.outDir().resolve(next.path())));
                next = entries.hasNext() ? entries.next() : null;
                if (run.size() == runLength || next == null) {
                    window.add(submit(pool, run));
                    run = new ArrayList<>(runLength);
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
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        while (next != null) {
            results.notReached(next);
            next = entries.hasNext() ? entries.next() : null;
        }
    }

    private Pending submit(ExecutorService pool, List<Item> run) {
        Callable<List<Outcome>> task =
                () -> {
                    List<Outcome> outcomes = new ArrayList<>(run.size());
                    for (Item item : run) {
                        outcomes.add(
                                item.entry().action() == Plan.Action.SKIP
                                        ? Outcome.skipped(item.entry().sha256(), false)
                                        : renderer.make(item.row(), item.entry(), item.target()));
                    }
                    return outcomes;
                };
        return new Pending(run, pool.submit(task));
    }

    private void handle(Pending pending) {
        List<Outcome> outcomes;
        try {
            outcomes = pending.outcomes().get();
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
        for (int i = 0; i < outcomes.size(); i++) {
            Item item = pending.items().get(i);
            results.accept(item.entry(), item.row(), outcomes.get(i));
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the temporary files a killed run left in the folders this batch writes to. */
    private void removeStaleTemps() {
        Set<Path> folders = new HashSet<>();
        for (Plan.Entry entry : plan.entries()) {
            folders.add(plan.outDir().resolve(entry.path()).getParent());
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> temps =
                    Files.newDirectoryStream(folder, AtomicFiles.TEMP_PREFIX + "*.tmp")) {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new OutputException(
                        folder + ": cannot remove stale temporary files: " + e.getMessage(), e);
            }
        }
    }
}
