package org.advocate.batch;

/**
 * What happened to one row.
 *
 * @param status staged (made, waiting in the work folder), written, skipped, failed, planned (a dry
 *     run's good row) or pending (not made: the run stopped at a failure first)
 * @param sha256 the output's SHA-256 in hex, or null
 * @param error the failure, or null
 * @param failure the exception behind a failure, or null
 * @param record whether the manifest needs a line for this output
 */
record Outcome(
        String status, String sha256, String error, RuntimeException failure, boolean record) {
    static final String STAGED = "staged";
    static final String WRITTEN = "written";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String PLANNED = "planned";
    static final String PENDING = "pending";

    /** A file made and waiting in the work folder. */
    static Outcome staged(String sha256) {
        return new Outcome(STAGED, sha256, null, null, true);
    }

    static Outcome written(String sha256) {
        return new Outcome(WRITTEN, sha256, null, null, true);
    }

    /** A file already in place: recorded by an earlier run, or found identical to this run's. */
    static Outcome skipped(String sha256, boolean record) {
        return new Outcome(SKIPPED, sha256, null, null, record);
    }

    static Outcome failed(String error, RuntimeException failure) {
        return new Outcome(FAILED, null, error, failure, false);
    }

    /** A dry run's row that would be written or skipped. */
    static Outcome planned() {
        return new Outcome(PLANNED, null, null, null, false);
    }

    static Outcome pending() {
        return new Outcome(PENDING, null, null, null, false);
    }

    boolean failedRow() {
        return FAILED.equals(status);
    }
}
