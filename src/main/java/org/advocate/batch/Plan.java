package org.advocate.batch;

/** What a batch decides for one row's output before it is published. */
final class Plan {
    private Plan() {}

    /** What to do with an output that may already exist. */
    enum Action {
        /** Write it (replacing it only with --force). */
        WRITE,
        /** Leave it: the manifest records it with its current hash. */
        SKIP,
        /** It exists unrecorded (a run killed after publishing it): render and compare. */
        VERIFY,
        /** The manifest records it but its bytes differ (damaged by a crash): write it again. */
        REPLACE
    }

    /**
     * One row's output.
     *
     * @param number the row's 1-based number
     * @param path the output path relative to the folder, with "/" between segments; null when the
     *     row failed before it had one
     * @param action what to do with it
     * @param sha256 the file's hash as the manifest records it, for {@link Action#SKIP}; else null
     */
    record Entry(int number, String path, Action action, String sha256) {
        int index() {
            return number - 1;
        }
    }
}
