package org.advocate;

/** The process exit codes of {@code advocate}: the one table every command maps its outcome to. */
public enum ExitCode {
    /** Everything worked. */
    OK(0),
    /** A bug in advocate: an unexpected exception. */
    INTERNAL(1),
    /** The command line itself is wrong (unknown option, missing parameter). */
    USAGE(2),
    /** An input file (letter, organization, rows, arguments) is invalid. */
    INPUT(3),
    /** A template failed to parse or render, or broke a sandbox rule. */
    TEMPLATE(4),
    /** An output file could not be written, or would have been overwritten. */
    OUTPUT(5),
    /** {@code check} found problems. */
    CHECK(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** Returns the numeric process exit code. */
    public int code() {
        return code;
    }
}
