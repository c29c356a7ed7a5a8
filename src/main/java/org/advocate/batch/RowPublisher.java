package org.advocate.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advocate.AdvocateException;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.rows.Row;
import org.advocate.output.AtomicFiles;

/**
 * Publishes one row's file, made by the composer; runs on the worker threads. The bytes are
 * complete and hashed before the file is published, so a failure never leaves a partial file, and
 * nothing is published once the run has been told to stop.
 */
final class RowPublisher {
    private final BatchContext batch;
    private final boolean force;
    private final boolean continueOnError;
    private final AtomicBoolean stop;

    /**
     * @param batch the run
     * @param stop set when the run is to stop: nothing more is published
     */
    RowPublisher(BatchContext batch, AtomicBoolean stop) {
        this.batch = batch;
        this.force = batch.options().force();
        this.continueOnError = batch.options().continueOnError();
        this.stop = stop;
    }

    Outcome make(Row row, Plan.Entry entry, Path target) {
        if (stop.get()) {
            return Outcome.pending();
        }
        Outcome outcome = attempt(row, entry, target);
        if (outcome.failure() != null && !continueOnError) {
            // Stop the other workers now, not when the failure's turn comes in row order.
            stop.set(true);
        }
        return outcome;
    }

    /**
     * Returns a row's file as this run makes it, complete, in memory.
     *
     * @throws AdvocateException when the row cannot be bound or rendered
     * @throws IOException when the writer fails
     */
    byte[] content(Row row) throws IOException {
        Composer composer = batch.composer();
        return composer.bytes(
                composer.render(batch.letter(), row), batch.writer(), batch.options().output());
    }

    /** Returns the SHA-256 of a file's content, in hex, as the manifest records it. */
    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(OutputFolder.digest().digest(content));
    }

    private Outcome attempt(Row row, Plan.Entry entry, Path target) {
        try {
            byte[] content = content(row);
            String hash = sha256(content);
            if (entry.action() == Plan.Action.VERIFY) {
                if (hash.equals(OutputFolder.sha256(target))) {
                    return Outcome.skipped(hash, true);
                }
                throw new OutputException(
                        target
                                + ": file exists and differs from the letter this run makes; use"
                                + " --force to replace it");
            }
            if (stop.get()) {
                return Outcome.pending();
            }
            // Not flushed file by file (that would cap a batch at the disk's sync rate): --resume
            // checks every published file against the manifest's SHA-256 instead.
            AtomicFiles.publish(
                    target,
                    force || entry.action() == Plan.Action.REPLACE,
                    false,
                    out -> out.write(content));
            return Outcome.written(hash);
        } catch (AdvocateException e) {
            return Outcome.failed(String.join("; ", e.lines()), e);
        } catch (IOException e) {
            return Outcome.failed(
                    target + ": cannot write: " + e.getMessage(),
                    new OutputException(target + ": cannot write: " + e.getMessage(), e));
        } catch (UncheckedIOException e) {
            return Outcome.failed(
                    target + ": cannot write: " + e.getCause().getMessage(),
                    new OutputException(target + ": " + e.getCause().getMessage(), e));
        }
    }
}
