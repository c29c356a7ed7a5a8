package org.advocate;

import java.util.List;

/** Invalid input data: every problem found, each naming its file, line, column and field. */
public final class InputException extends AdvocateException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString(), null);
        this.problems = List.copyOf(problems);
    }

    /** Creates an exception holding a single problem. */
    public static InputException of(String origin, String field, String message) {
        return new InputException(List.of(new Problem(origin, field, message)));
    }

    /** Returns every problem, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.INPUT;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
