package org.advocate.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed, so that a reader who went away (a pipe to
 * {@code head} closed) ends the run quietly, while a write that failed for another reason (a full
 * disk) is an output error.
 */
final class WatchedOutput extends FilterOutputStream {
    private volatile IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Whether a stream below that keeps its errors to itself (a PrintStream) had one. */
    boolean swallowedError() {
        return out instanceof PrintStream stream && stream.checkError();
    }

    /** Whether the first failed write found the reader gone: a closed pipe. */
    boolean readerGone() {
        return failure != null && closedPipe(failure);
    }

    /** Whether an exception says the other end of a pipe was closed. */
    static boolean closedPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe")) {
                return true;
            }
        }
        return false;
    }
}
