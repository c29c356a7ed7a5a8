package org.advocate;

import java.util.List;

/**
 * A failure the user can act on. Each subclass maps to one {@link ExitCode}; the command line
 * prints {@link #lines()} one per line, without a stack trace.
 */
public abstract class AdvocateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected AdvocateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns the exit code this failure maps to. */
    public abstract ExitCode exitCode();

    /** Returns the message lines to print, one problem per line. */
    public List<String> lines() {
        return List.of(getMessage());
    }
}
