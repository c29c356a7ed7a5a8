package org.advocate.template;

import java.util.function.Supplier;

/**
 * The last value made, kept while what it was made from stays equal: a batch's letters share their
 * organization, letter fields and signatories, so their parts of the model are made once. Safe for
 * concurrent use; the worst a race does is make a value twice.
 *
 * @param <K> what the value is made from, compared with {@code equals}
 * @param <V> the value, which must be read-only since letters share it
 */
final class LastMade<K, V> {
    private record Last<K, V>(K key, V value) {}

    private volatile Last<K, V> last;

    /** Returns the value for the key, making it when the key differs from the last call's. */
    V get(K key, Supplier<V> make) {
        Last<K, V> seen = last;
        if (seen == null || !seen.key().equals(key)) {
            seen = new Last<>(key, make.get());
            last = seen;
        }
        return seen.value();
    }
}
