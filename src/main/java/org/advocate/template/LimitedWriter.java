package org.advocate.template;

import java.io.IOException;
import java.io.Writer;

/** Collects output into a string, failing once it grows past a limit. */
final class LimitedWriter extends Writer {
    /** Thrown when the limit is passed. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(int limit) {
            super("template output is larger than " + limit + " characters");
        }
    }

    private final StringBuilder out = new StringBuilder(4096);
    private final int limit;

    LimitedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (out.length() + len > limit) {
            throw new LimitExceeded(limit);
        }
        out.append(chars, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (out.length() + len > limit) {
            throw new LimitExceeded(limit);
        }
        out.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return out.toString();
    }
}
