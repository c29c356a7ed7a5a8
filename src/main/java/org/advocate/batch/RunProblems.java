package org.advocate.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.Problem;
import org.advocate.load.rows.Row;

/**
 * The problems that stop a batch before it publishes anything: every problem of every row when the
 * run does not go past failed rows, and the problems with the whole run (a rows file that cannot be
 * read, a resumed run whose inputs changed) in any case. At most {@link #SHOWN} lines of each kind
 * are kept, and a last line counts the rest, so a million bad rows do not fill the memory.
 */
final class RunProblems {
    /** The most problems of one kind kept. */
    static final int SHOWN = 1000;

    private final String file;
    private final List<Problem> input = new ArrayList<>();
    private final List<String> output = new ArrayList<>();
    private final Refusals refusals = new Refusals();
    private long inputMore;
    private long outputMore;
    private OutputException fatalOutput;
    private RuntimeException firstFailure;

    /**
     * @param file the rows file, as named in messages
     */
    RunProblems(String file) {
        this.file = file;
    }

    void input(List<Problem> problems) {
        for (Problem p : problems) {
            if (input.size() < SHOWN) {
                input.add(p);
            } else {
                inputMore++;
            }
        }
    }

    void input(Problem problem) {
        input(List.of(problem));
    }

    void refused(Row row, List<Problem> found) {
        refusals.add(row, found);
    }

    void output(String line) {
        if (output.size() < SHOWN) {
            output.add(line);
        } else {
            outputMore++;
        }
    }

    /** A problem with the whole output side (a resumed run's changed inputs). */
    void fatalOutput(OutputException e) {
        if (fatalOutput == null) {
            fatalOutput = e;
        }
    }

    /** A row that failed while its file was made; the first one is kept. */
    void failure(RuntimeException failure) {
        if (firstFailure == null) {
            firstFailure = failure;
        }
    }

    /** Returns whether anything stops the run. */
    boolean any() {
        return !input.isEmpty()
                || !refusals.isEmpty()
                || !output.isEmpty()
                || fatalOutput != null
                || firstFailure != null;
    }

    /**
     * Throws what stops the run: invalid input first (exit 3), then what cannot be written (exit
     * 5), then the first row that failed as it was made (with its own exit code).
     */
    void throwIfAny() {
        List<Problem> inputs = new ArrayList<>(input);
        inputs.addAll(refusals.problems());
        // Every row's problems together, in row order (a stable sort keeps each row's order).
        inputs.sort(Row.BY_ROW);
        if (!inputs.isEmpty()) {
            if (inputMore > 0) {
                inputs.add(more(file, inputMore));
            }
            throw new InputException(inputs);
        }
        if (fatalOutput != null) {
            throw fatalOutput;
        }
        if (!output.isEmpty()) {
            List<String> lines = new ArrayList<>(output);
            if (outputMore > 0) {
                lines.add(more(file, outputMore).toString());
            }
            throw new OutputException(lines);
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    private static Problem more(String file, long count) {
        return new Problem(
                file,
                "",
                "and "
                        + count
                        + " more problems; --continue-on-error lists every failed row in"
                        + " failed.csv");
    }

    /**
     * What the output format refuses, by row. The same problem in many rows (a character in the
     * organization's name, shared by every letter) is one line naming its first row and then the
     * others' numbers (the first five), not one line per row.
     */
    private static final class Refusals {
        private static final int NAMED = 5;
        private final Map<String, List<Integer>> rowsByProblem = new LinkedHashMap<>();
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Problem> first = new HashMap<>();

        void add(Row row, List<Problem> found) {
            for (Problem p : found) {
                String key = p.field() + "\n" + p.message();
                if (!first.containsKey(key) && first.size() >= SHOWN) {
                    continue;
                }
                first.putIfAbsent(key, new Problem(row.label(), p.field(), p.message()));
                List<Integer> rows = rowsByProblem.computeIfAbsent(key, k -> new ArrayList<>());
                if (rows.size() <= NAMED) {
                    rows.add(row.sheetRow());
                }
                counts.merge(key, 1L, Long::sum);
            }
        }

        boolean isEmpty() {
            return first.isEmpty();
        }

        List<Problem> problems() {
            List<Problem> out = new ArrayList<>();
            rowsByProblem.forEach(
                    (key, rows) -> {
                        Problem p = first.get(key);
                        long others = counts.get(key) - 1;
                        if (others == 0) {
                            out.add(p);
                            return;
                        }
                        StringBuilder also = new StringBuilder(" (also in row");
                        also.append(others == 1 ? " " : "s ");
                        for (int i = 1; i < rows.size() && i <= NAMED; i++) {
                            also.append(i == 1 ? "" : ", ").append(rows.get(i));
                        }
                        if (others > NAMED) {
                            also.append(" and ").append(others - NAMED).append(" more");
                        }
                        out.add(new Problem(p.origin(), p.field(), p.message() + also + ")"));
                    });
            return out;
        }
    }
}
