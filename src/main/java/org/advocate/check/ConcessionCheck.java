package org.advocate.check;

import java.util.List;
import org.advocate.Problem;
import org.advocate.compose.Concessions;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;

/**
 * Flags a letter that makes more than one concession ({@link Concessions}), which compose refuses:
 * check names it with its own rule, at the second argument.
 */
final class ConcessionCheck {
    private ConcessionCheck() {}

    static void check(Library library, LetterInput input, Letter letter, List<Finding> findings) {
        Problem second = Concessions.second(library, letter);
        if (second != null) {
            findings.add(
                    Finding.at(
                            second.origin(),
                            Severity.ERROR,
                            "second-concession",
                            second.message()));
        }
    }
}
