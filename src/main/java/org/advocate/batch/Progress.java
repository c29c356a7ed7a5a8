package org.advocate.batch;

/** Shows how far a batch has got. Implementations are used from the batch's main thread only. */
public interface Progress extends AutoCloseable {
    /** Counts one more row done. */
    void step();

    /** Stops showing progress. */
    @Override
    void close();

    /** Creates a progress display for a number of rows, or for an unknown number (-1). */
    @FunctionalInterface
    interface Factory {
        Progress start(long total);
    }

    /** No display. */
    static Progress none() {
        return new Progress() {
            @Override
            public void step() {}

            @Override
            public void close() {}
        };
    }
}
