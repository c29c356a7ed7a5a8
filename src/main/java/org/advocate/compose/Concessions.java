package org.advocate.compose;

import java.util.List;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.Letter;

/**
 * Refuses a letter that would make two concessions: two chosen arguments whose role is {@code
 * concession}. A letter grants a point to those who disagree once; said twice, it reads as doubt.
 * (A template prints its own concession only when no argument makes one, so the two never meet.)
 */
public final class Concessions {
    private static final String ADVICE = ": a letter makes at most one; keep one of them";

    private Concessions() {}

    /**
     * The problem of a letter that makes more than one concession, at the second one's place in the
     * letter file when it is known, or null when it makes one or none.
     */
    public static Problem second(Library library, Letter letter) {
        List<String> ids = letter.arguments();
        String first = null;
        for (int i = 0; i < ids.size(); i++) {
            Argument argument = library.argument(ids.get(i), letter);
            if (!argument.concedes()) {
                continue;
            }
            if (first == null) {
                first = ids.get(i);
                continue;
            }
            String origin =
                    letter.origins()
                            .getOrDefault(
                                    "arguments[" + (i + 1) + "]",
                                    "letter file in " + letter.baseDir());
            return new Problem(origin, "arguments", message(ids.get(i), first));
        }
        return null;
    }

    /** What is said of a second concession: "'b' is a second concession after 'a': ...". */
    public static String message(String second, String first) {
        return "'" + second + "' is a second concession after '" + first + "'" + ADVICE;
    }

    /** Whether a problem is the one {@link #second} finds. */
    public static boolean isSecond(Problem problem) {
        return problem.field().equals("arguments")
                && problem.message().contains("' is a second concession after '")
                && problem.message().endsWith(ADVICE);
    }

    /** Fails, naming both arguments, when the letter makes more than one concession. */
    static Letter refuseSecond(Library library, Letter letter) {
        Problem problem = second(library, letter);
        if (problem != null) {
            throw new InputException(List.of(problem));
        }
        return letter;
    }
}
