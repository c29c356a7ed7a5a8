package org.advocate.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;

/** Collects every problem found while reading input, so all of them are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem at a node's origin. */
    public void add(Origin origin, String field, String message) {
        list.add(new Problem(origin.toString(), field, message));
    }

    /** Records a problem found elsewhere. */
    public void add(Problem problem) {
        list.add(problem);
    }

    /** Records every problem of a failed nested read. */
    public void addAll(InputException e) {
        list.addAll(e.problems());
    }

    /** Returns what has been recorded so far. */
    public List<Problem> toList() {
        return List.copyOf(list);
    }

    /** Returns whether nothing has been recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * Drops the "is required" and "needs ..." problems of fields whose value was refused for a
     * problem of its own (a cell with a forbidden character): the refusal already says what to fix.
     *
     * @param refused the dotted paths of the refused values, e.g. {@code recipient.name}
     */
    public void dropConsequencesOf(Set<String> refused) {
        if (refused.isEmpty()) {
            return;
        }
        list.removeIf(
                p ->
                        (p.message().startsWith("is required") || p.message().startsWith("needs "))
                                && refused.stream()
                                        .anyMatch(
                                                r ->
                                                        r.equals(p.field())
                                                                || r.startsWith(p.field() + ".")));
    }

    /** Throws an {@link InputException} holding every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
