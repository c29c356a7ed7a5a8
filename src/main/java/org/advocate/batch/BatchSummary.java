package org.advocate.batch;

import java.util.Locale;

/**
 * The totals of a run.
 *
 * @param shard the shard it ran
 * @param rows how many rows of the shard it had
 * @param written files written
 * @param skipped files already in place
 * @param failed rows that failed
 * @param pending rows not reached because the run stopped at a failure
 * @param seconds how long the run took, from planning the first row to the last file
 */
public record BatchSummary(
        Shard shard, int rows, int written, int skipped, int failed, int pending, double seconds) {

    /** Returns letters written per second. */
    public double lettersPerSecond() {
        return seconds <= 0 ? 0 : written / seconds;
    }

    /** Returns the one-line summary printed at the end of a run. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%s%d %s: %d written, %d skipped, %d failed%s in %.2f s (%.0f letters/s)",
                shard.isSplit() ? "shard " + shard + ": " : "",
                rows,
                rows(rows),
                written,
                skipped,
                failed,
                pending > 0 ? ", " + pending + " not reached" : "",
                seconds,
                lettersPerSecond());
    }

    /** "row" or "rows", for a count. */
    static String rows(int count) {
        return count == 1 ? "row" : "rows";
    }
}
