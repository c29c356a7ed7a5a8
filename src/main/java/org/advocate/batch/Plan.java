package org.advocate.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked batch: the output of every row of this shard, decided before anything is written.
 *
 * @param outDir the output folder, absolute (its real path when it exists)
 * @param entries this shard's rows, in row order
 * @param rowsRead how many rows were read, in all shards
 */
record Plan(Path outDir, List<Entry> entries, int rowsRead) {

    Plan {
        entries = List.copyOf(entries);
    }

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
     * @param path the output path relative to the folder, with "/" between segments
     * @param action what to do with it
     * @param sha256 the file's hash as the manifest records it, for {@link Action#SKIP}; else null
     * @param label the row's name in messages, {@code file:line (row N)}; null for {@code file:row
     *     number}
     */
    record Entry(int number, String path, Action action, String sha256, String label) {
        Entry(int number, String path, Action action, String sha256) {
            this(number, path, action, sha256, null);
        }

        /** The row's name in messages, given the rows file. */
        String label(Object rows) {
            return label != null ? label : rows + ":row " + number;
        }

        int index() {
            return number - 1;
        }
    }
}
