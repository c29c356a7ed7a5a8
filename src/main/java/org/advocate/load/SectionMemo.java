package org.advocate.load;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.advocate.Problem;
import org.advocate.input.Problems;

/**
 * The last value read from one part of a letter, with the problems reading it found, reused while
 * that part's YAML nodes are the same objects. Binding a batch row replaces only the nodes the row
 * fills (a new {@code recipient} mapping, say), so the organization, the arguments and the
 * signatories of a letter are read once rather than once per row. Safe for concurrent use: the
 * worst a race does is read a part twice.
 *
 * @param <T> the value read, which must be immutable
 */
final class SectionMemo<T> {
    private record Last<T>(Object[] nodes, Object key, T value, List<Problem> problems) {}

    private volatile Last<T> last;

    /**
     * Returns the value read from the given nodes, reading it when they or the key differ from the
     * last call's.
     *
     * @param nodes the YAML nodes (or null for absent ones) the part is read from, compared by
     *     identity
     * @param key anything else the value depends on, compared with {@code equals}
     * @param problems receives the problems found reading the part, on every call
     * @param read reads the part, recording problems in the {@code Problems} it is given
     */
    T get(Object[] nodes, Object key, Problems problems, Function<Problems, T> read) {
        Last<T> seen = last;
        if (seen == null || !same(seen.nodes(), nodes) || !Objects.equals(seen.key(), key)) {
            Problems own = new Problems();
            T value = read.apply(own);
            seen = new Last<>(nodes, key, value, own.toList());
            last = seen;
        }
        seen.problems().forEach(problems::add);
        return seen.value();
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
