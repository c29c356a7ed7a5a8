package org.advocate.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;
import org.advocate.output.pdf.UnprintableCharacterException;

/**
 * Traces a character back to the letter field it came from, so that an error about the rendered
 * letter points at what the user wrote.
 */
final class LetterFields {
    private LetterFields() {}

    private record Field(String origin, String path, String value) {}

    /**
     * The input error for characters no font can print: one problem per letter field that holds
     * any, naming each such character, or, when no field holds the one the layout met, the line of
     * the letter text it is on (it came from a template or the argument library).
     *
     * @param letter the letter
     * @param markdown its rendered text
     * @param codePoint the character the layout could not print
     * @param printable whether the PDF's fonts can print a character
     */
    static InputException unprintable(
            Letter letter, String markdown, int codePoint, IntPredicate printable) {
        List<Problem> problems = unprintableFields(letter, printable);
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
     * Returns one problem per letter field holding characters the fonts cannot print, found from
     * the fields alone, before any layout.
     */
    static List<Problem> unprintableFields(Letter letter, IntPredicate printable) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : fields(letter)) {
            if (field.value() == null) {
                continue;
            }
            int[] missing =
                    field.value().codePoints().filter(printable.negate()).distinct().toArray();
            if (missing.length > 0) {
                problems.add(new Problem(field.origin(), field.path(), message(missing)));
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

    private static List<Field> fields(Letter letter) {
        String letterFile = "letter file in " + letter.baseDir();
        String orgFile = "organization of the letter in " + letter.baseDir();
        List<Field> out = new ArrayList<>();
        Recipient r = letter.recipient();
        if (r != null) {
            out.add(new Field(letterFile, "recipient.name", r.name()));
            out.add(new Field(letterFile, "recipient.honorific", r.honorific()));
            out.add(new Field(letterFile, "recipient.title", r.title()));
            out.add(new Field(letterFile, "recipient.organization", r.organization()));
            addAll(out, letterFile, "recipient.address", r.address());
            out.add(new Field(letterFile, "recipient.salutation", r.salutation()));
            out.add(new Field(letterFile, "recipient.firstName", r.firstName()));
            out.add(new Field(letterFile, "recipient.lastName", r.lastName()));
        }
        out.add(new Field(letterFile, "subject", letter.subject()));
        out.add(new Field(letterFile, "occasion", letter.occasion()));
        for (Map.Entry<String, String> p : letter.paragraphs().entrySet()) {
            out.add(new Field(letterFile, "paragraphs." + p.getKey(), p.getValue()));
        }
        Organization o = letter.organization();
        if (o != null) {
            out.add(new Field(orgFile, "organization.name", o.name()));
            out.add(new Field(orgFile, "organization.shortName", o.shortName()));
            out.add(new Field(orgFile, "organization.services", o.services()));
            addAll(out, orgFile, "organization.address", o.address());
            out.add(new Field(orgFile, "organization.email", o.email()));
            out.add(new Field(orgFile, "organization.phone", o.phone()));
            out.add(new Field(orgFile, "organization.website", o.website()));
            if (o.signatory() != null) {
                out.add(new Field(orgFile, "organization.signatory.name", o.signatory().name()));
                out.add(new Field(orgFile, "organization.signatory.title", o.signatory().title()));
            }
            out.add(new Field(orgFile, "organization.closing", o.closing()));
        }
        List<Signatory> signatories = letter.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            // The row or line it was listed on, when known; else its place in the sorted list.
            String origin = s.origin() != null ? s.origin() : letterFile;
            String path = s.origin() != null ? "" : "signatories[" + (i + 1) + "].";
            out.add(new Field(origin, path + "organization", s.organization()));
            out.add(new Field(origin, path + "name", s.name()));
            out.add(new Field(origin, path + "title", s.title()));
            out.add(new Field(origin, path + "country", s.country()));
            out.add(new Field(origin, path + "city", s.city()));
        }
        return out;
    }

    private static void addAll(List<Field> out, String origin, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            out.add(new Field(origin, path + "[" + (i + 1) + "]", values.get(i)));
        }
    }
}
