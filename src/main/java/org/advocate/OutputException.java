package org.advocate;

/** An output that could not be written, or that would have replaced an existing file. */
public final class OutputException extends AdvocateException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutputException(String message) {
        this(message, null);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT;
    }
}
