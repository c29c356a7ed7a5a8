package org.advocate.check;

import java.util.List;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Argument;
import org.advocate.model.Letter;

/**
 * Flags a letter that makes more than one concession: two chosen arguments whose role is {@code
 * concession}. A letter grants a point to those who disagree once; said twice, it reads as doubt.
 * (A template prints its own concession only when no argument makes one, so the two never meet.)
 */
final class ConcessionCheck {
    private ConcessionCheck() {}

    static void check(Library library, LetterInput input, Letter letter, List<Finding> findings) {
        String first = null;
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter);
            if (!argument.concedes()) {
                continue;
            }
            if (first == null) {
                first = id;
                continue;
            }
            findings.add(
                    Finding.at(
                            CitationCheck.argumentOrigin(input, id),
                            Severity.ERROR,
                            "second-concession",
                            "argument '"
                                    + id
                                    + "' is a second concession after '"
                                    + first
                                    + "': a letter makes at most one; keep one of them"));
        }
    }
}
