package org.advocate.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.advocate.AdvocateException;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.rows.Row;
import org.advocate.model.Letter;

/**
 * Makes one row's file in the work folder, hashing it as it is written; runs on the worker threads.
 * The file gets its name only when the whole run publishes, so a failure here never leaves a file
 * in the output folder. For {@code --resume} it also compares: a file that exists unrecorded with
 * the letter this run makes, and the first recorded file it meets with the manifest (a changed
 * letter, template or date changes every letter, so one comparison finds a run whose inputs
 * changed).
 */
final class RowPublisher {
    private final BatchContext batch;
    private final WorkFolder work;
    private final AtomicInteger lowestChecked = new AtomicInteger(Integer.MAX_VALUE);
    private int changedRow = Integer.MAX_VALUE;
    private OutputException inputsChanged;

    /**
     * @param batch the run
     * @param work where files are made
     */
    RowPublisher(BatchContext batch, WorkFolder work) {
        this.batch = batch;
        this.work = work;
    }

    /**
     * Makes a row's output.
     *
     * @param row the row
     * @param letter its letter, bound
     * @param entry its output
     * @param target where it is to be published
     */
    Outcome make(Row row, Letter letter, Plan.Entry entry, Path target) {
        try {
            return switch (entry.action()) {
                case SKIP -> skip(row, letter, entry, target);
                case VERIFY -> verify(row, letter, target);
                case WRITE, REPLACE -> stage(row, letter, entry);
            };
        } catch (AdvocateException e) {
            return Outcome.failed(String.join("; ", e.lines()), e);
        } catch (UncheckedIOException e) {
            String error = target + ": cannot write: " + e.getCause().getMessage();
            return Outcome.failed(error, new OutputException(error, e));
        }
    }

    /** The problem that stops a resumed run whose inputs changed, or null. */
    synchronized OutputException inputsChanged() {
        return inputsChanged;
    }

    /**
     * Compares a recorded file when its row comes before every row compared so far: so the first
     * recorded row is always compared (whatever the threads' timing), and only a few others are.
     */
    private Outcome skip(Row row, Letter letter, Plan.Entry entry, Path target) {
        int number = entry.number();
        int lowest = lowestChecked.get();
        while (number < lowest && !lowestChecked.compareAndSet(lowest, number)) {
            lowest = lowestChecked.get();
        }
        if (number < lowest
                && !hash(row, letter, OutputStream.nullOutputStream()).equals(entry.sha256())) {
            changed(
                    number,
                    new OutputException(
                            row.label()
                                    + ": "
                                    + target
                                    + ": written by an earlier run from other inputs (the letter,"
                                    + " its template or data, or the date has changed since);"
                                    + " --resume only finishes a run with the same inputs: use"
                                    + " --force to write every file again"));
        }
        return Outcome.skipped(entry.sha256(), false);
    }

    /** Keeps the first row, in row order, whose recorded file this run would make differently. */
    private synchronized void changed(int number, OutputException problem) {
        if (number < changedRow) {
            changedRow = number;
            inputsChanged = problem;
        }
    }

    private Outcome verify(Row row, Letter letter, Path target) {
        String hash = hash(row, letter, OutputStream.nullOutputStream());
        if (hash.equals(OutputFolder.sha256(target))) {
            return Outcome.skipped(hash, true);
        }
        String error =
                row.label()
                        + ": "
                        + target
                        + ": file exists and differs from the letter this run makes; use --force"
                        + " to replace it";
        return Outcome.failed(error, new OutputException(error));
    }

    private Outcome stage(Row row, Letter letter, Plan.Entry entry) {
        Path staged = work.staged(entry.number());
        String hash;
        try (OutputStream file =
                new BufferedOutputStream(
                        Files.newOutputStream(
                                staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        1 << 16)) {
            hash = hash(row, letter, file);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staged);
            String error = staged + ": cannot write: " + e.getMessage();
            return Outcome.failed(error, new OutputException(error, e));
        } catch (RuntimeException e) {
            deleteQuietly(staged);
            throw e;
        }
        return Outcome.staged(hash);
    }

    /** Renders a row's letter to a stream and returns its SHA-256 in hex. */
    private String hash(Row row, Letter letter, OutputStream out) {
        Composer composer = batch.composer();
        MessageDigest digest = OutputFolder.digest();
        try {
            DigestOutputStream hashing = new DigestOutputStream(out, digest);
            composer.write(
                    composer.render(letter, row.cells()),
                    batch.writer(),
                    batch.options().output(),
                    hashing);
            hashing.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write's own failure is what the row reports
        }
    }
}
