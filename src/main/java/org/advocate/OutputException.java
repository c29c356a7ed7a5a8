package org.advocate;

import java.util.List;

/** An output that could not be written, or that would have replaced an existing file. */
public final class OutputException extends AdvocateException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
        this.lines = List.of(String.valueOf(message));
    }

    /**
     * One exception for several problems, one line each (such as every file a batch would
     * overwrite).
     */
    public OutputException(List<String> lines) {
        super(lines.isEmpty() ? "output error" : lines.get(0), null);
        this.lines = List.copyOf(lines);
    }

    public OutputException(String message) {
        this(message, null);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT;
    }

    @Override
    public List<String> lines() {
        return lines;
    }
}
