package org.advocate.check;

import java.time.LocalDate;
import java.util.List;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.Source;

/**
 * Warns when a letter cites a document that did not exist yet on the letter's date: a source whose
 * own date, or the earliest date it can have (its notBefore), is after the letter's.
 */
final class AnachronismCheck {
    private AnachronismCheck() {}

    static void check(Library library, LetterInput input, Letter letter, List<Finding> findings) {
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter);
            for (Source source : argument.sources()) {
                if (letter.organization().wrote(source) || source.earliest() == null) {
                    continue;
                }
                LocalDate earliest = earliest(source.earliest());
                if (earliest != null && earliest.isAfter(letter.date())) {
                    findings.add(
                            Finding.at(
                                    CitationCheck.argumentOrigin(input, id),
                                    Severity.WARNING,
                                    "anachronism",
                                    "argument '"
                                            + id
                                            + "' cites '"
                                            + source.label()
                                            + "', "
                                            + (source.date() != null
                                                    ? "dated " + source.date()
                                                    : "written no earlier than "
                                                            + source.notBefore())
                                            + ", after the letter's date "
                                            + letter.date()));
                }
            }
        }
    }

    /** The first day a date written as a year, a year and month, or a full date can mean. */
    static LocalDate earliest(String iso) {
        String[] parts = iso.split("-");
        try {
            return switch (parts.length) {
                case 1 -> LocalDate.of(Integer.parseInt(parts[0]), 1, 1);
                case 2 -> LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
                default -> LocalDate.parse(iso);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
