package org.advocate.batch;

/**
 * What happened to one row.
 *
 * @param status written, skipped, failed or pending (not reached: the run stopped first)
 * @param sha256 the output's SHA-256 in hex, or null
 * @param error the failure, or null
 * @param failure the exception behind a failure, or null
 * @param record whether the manifest needs a line for this output
 */
record Outcome(
        String status, String sha256, String error, RuntimeException failure, boolean record) {
    static Outcome written(String sha256) {
        return new Outcome("written", sha256, null, null, true);
    }

    /** A file already in place: recorded by an earlier run, or found identical to this run's. */
    static Outcome skipped(String sha256, boolean record) {
        return new Outcome("skipped", sha256, null, null, record);
    }

    static Outcome failed(String error, RuntimeException failure) {
        return new Outcome("failed", null, error, failure, false);
    }

    static Outcome pending() {
        return new Outcome("pending", null, null, null, false);
    }
}
