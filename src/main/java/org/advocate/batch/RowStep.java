package org.advocate.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.Problem;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.model.Letter;

/**
 * Everything a batch does with one row, once, on a worker thread: binds its letter, checks what the
 * output format refuses (a character no font has), computes and checks its output name, and makes
 * its file in the work folder. Rows of other shards are bound and named only, for the collision
 * check; a dry run makes no file, nor does a run told to stop (it still checks the row, so every
 * problem is reported).
 */
final class RowStep {
    private final BatchContext batch;
    private final NamePattern pattern;
    private final OutputFolder folder;
    private final RowPublisher publisher;
    private final Set<String> reserved;
    private final AtomicBoolean stop;
    private final long rows;

    /**
     * What became of one row.
     *
     * @param row the row
     * @param inShard whether the row is this run's
     * @param entry its output, or null when it has no name
     * @param key the name's collision key, or null
     * @param problems what is wrong with the row's data or name
     * @param refusals what the output format refuses in it
     * @param outputProblem why its output may not be written, or null
     * @param outcome what making its file did, or null when it was not made
     */
    record Done(
            Row row,
            boolean inShard,
            Plan.Entry entry,
            String key,
            List<Problem> problems,
            List<Problem> refusals,
            String outputProblem,
            Outcome outcome) {

        /** Returns whether nothing is wrong with the row so far. */
        boolean good() {
            return entry != null
                    && problems.isEmpty()
                    && refusals.isEmpty()
                    && outputProblem == null
                    && (outcome == null || !outcome.failedRow());
        }
    }

    RowStep(
            BatchContext batch,
            NamePattern pattern,
            OutputFolder folder,
            RowPublisher publisher,
            Set<String> reserved,
            AtomicBoolean stop,
            long rows) {
        this.batch = batch;
        this.pattern = pattern;
        this.folder = folder;
        this.publisher = publisher;
        this.reserved = reserved;
        this.stop = stop;
        this.rows = rows;
    }

    /**
     * Names the row in each problem that does not (a field the letter file requires, which the row
     * left blank, is reported at the letter file).
     */
    private static List<Problem> ofRow(Row row, List<Problem> problems) {
        List<Problem> named = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            named.add(
                    p.origin().startsWith(row.label())
                            ? p
                            : new Problem(row.label(), "", p.toString()));
        }
        return named;
    }

    /** The parsed letter file. */
    PreparedLetter letter() {
        return batch.letter();
    }

    Done process(Row row) {
        boolean inShard = batch.options().shard().includes(row.index());
        Letter bound;
        try {
            bound = batch.composer().bind(batch.letter(), row);
        } catch (InputException e) {
            if (!batch.options().continueOnError()) {
                stop.set(true);
            }
            return new Done(
                    row, inShard, null, null, ofRow(row, e.problems()), List.of(), null, null);
        }
        List<Problem> refusals =
                batch.composer().check(bound, batch.writer(), batch.options().output());
        String path =
                pattern.expand(batch.composer().variables(bound, row.cells()), row.number(), rows);
        if (path.startsWith("!")) {
            if (!batch.options().continueOnError()) {
                stop.set(true);
            }
            return new Done(
                    row,
                    inShard,
                    null,
                    null,
                    List.of(new Problem(row.label(), "--name", path.substring(1))),
                    refusals,
                    null,
                    null);
        }
        String key = SafeNames.collisionKey(path);
        List<Problem> problems = new ArrayList<>(1);
        if (reserved.contains(key)) {
            problems.add(
                    new Problem(
                            row.label(),
                            "--name",
                            "output name '" + path + "' is reserved for the batch's own files"));
        }
        Plan.Entry entry = new Plan.Entry(row.number(), path, Plan.Action.WRITE, null);
        String outputProblem = null;
        if (inShard && problems.isEmpty() && refusals.isEmpty()) {
            try {
                entry = folder.check(row.number(), row.label(), path);
            } catch (OutputException e) {
                outputProblem = String.join("; ", e.lines());
            }
        }
        Outcome outcome = null;
        // A dry run makes no file, but compares what --resume must compare before writing.
        boolean makes =
                !batch.options().dryRun()
                        || entry.action() == Plan.Action.SKIP
                        || entry.action() == Plan.Action.VERIFY;
        if (inShard
                && problems.isEmpty()
                && refusals.isEmpty()
                && outputProblem == null
                && makes
                && !stop.get()) {
            outcome = publisher.make(row, bound, entry, folder.dir().resolve(path).normalize());
            if (outcome.failedRow() && !batch.options().continueOnError()) {
                // Stop making files now, not when the failure's turn comes in row order.
                stop.set(true);
            }
        }
        Done done = new Done(row, inShard, entry, key, problems, refusals, outputProblem, outcome);
        if (!done.good() && !batch.options().continueOnError()) {
            stop.set(true);
        }
        return done;
    }
}
