package org.advocate.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.model.MergedValue;
import org.advocate.output.pdf.UnprintableCharacterException;

/**
 * Traces a character no font can print back to the merged value it came from, so that an error
 * about the rendered letter points at what the user wrote.
 */
final class Unprintable {
    private Unprintable() {}

    /**
     * The input error for characters no font can print: one problem per letter field that holds
     * any, naming each such character, or, when no field holds the one the layout met, the line of
     * the letter text it is on (it came from a template or the argument library).
     *
     * @param values the values merged into the letter, with their origins
     * @param markdown its rendered text
     * @param codePoint the character the layout could not print
     * @param printable whether the PDF's fonts can print a character
     */
    static InputException unprintable(
            List<MergedValue> values, String markdown, int codePoint, IntPredicate printable) {
        List<Problem> problems = unprintableFields(values, printable);
        if (!problems.isEmpty()) {
            return new InputException(problems);
        }
        int at = markdown.indexOf(Character.toString(codePoint));
        int line =
                at < 0
                        ? 0
                        : (int) markdown.substring(0, at).chars().filter(c -> c == '\n').count()
                                + 1;
        return InputException.of(
                "letter text (template or argument library), Markdown line " + line,
                "",
                message(new int[] {codePoint}));
    }

    /**
     * Returns one problem per merged value holding characters the fonts cannot print, found from
     * the values alone, before any layout. Values made from another (a last name and a salutation
     * from a recipient's name) share its origin and characters: they are one problem, named by the
     * first field, since one fix in one place mends them all.
     */
    static List<Problem> unprintableFields(List<MergedValue> values, IntPredicate printable) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MergedValue field : values) {
            if (field.value() == null) {
                continue;
            }
            int[] missing =
                    field.value().codePoints().filter(printable.negate()).distinct().toArray();
            String message = missing.length > 0 ? message(missing) : null;
            if (message != null && seen.add(field.origin() + "\n" + message)) {
                problems.add(new Problem(field.origin(), field.field(), message));
            }
        }
        return problems;
    }

    /** "contains U+062C (ARABIC LETTER JEEM), which none of ...", naming up to three. */
    private static String message(int[] codePoints) {
        StringBuilder text = new StringBuilder("contains ");
        int named = Math.min(3, codePoints.length);
        for (int i = 0; i < named; i++) {
            if (i > 0) {
                text.append(i == named - 1 && named == codePoints.length ? " and " : ", ");
            }
            text.append(UnprintableCharacterException.describe(codePoints[i]));
        }
        if (codePoints.length > named) {
            int more = codePoints.length - named;
            text.append(" and ")
                    .append(more)
                    .append(more == 1 ? " more character" : " more characters");
        }
        return text.append(", which")
                .append(" none of the PDF's fonts can print; remove or replace ")
                .append(codePoints.length == 1 ? "it" : "them")
                .toString();
    }
}
