package org.advocate.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a batch split across machines: shard {@code k} of {@code n} (1-based) takes the rows
 * whose 0-based index {@code i} has {@code i % n == k - 1}, so every row belongs to exactly one
 * shard whatever the machines do.
 *
 * @param k which shard, from 1 to n
 * @param n how many shards
 */
public record Shard(int k, int n) {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

    /** The whole batch. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("shard " + k + "/" + n);
        }
    }

    /** Parses {@code K/N}; throws IllegalArgumentException with a message for the user. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n >= 1 && k >= 1 && k <= n) {
                return new Shard(k, n);
            }
        }
        throw new IllegalArgumentException(
                "expected K/N with 1 <= K <= N, e.g. 1/4, found '" + text + "'");
    }

    /** Returns whether the row with this 0-based index belongs to this shard. */
    public boolean includes(long index) {
        return index % n == k - 1;
    }

    /** Returns whether the batch is split at all. */
    public boolean isSplit() {
        return n > 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
