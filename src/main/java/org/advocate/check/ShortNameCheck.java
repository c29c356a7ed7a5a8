package org.advocate.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.RenderedLetter;
import org.advocate.model.SectionMarkers;
import org.advocate.typography.Typography;

/**
 * Flags a letter that uses the sender's short name ("SWP") before introducing it with the full name
 * ("Sex Workers Project (SWP)"): a reader meets the full name first, once, and the short name
 * after.
 */
final class ShortNameCheck {
    private ShortNameCheck() {}

    static void check(
            LetterInput input, Letter letter, RenderedLetter rendered, List<Finding> findings) {
        Organization org = letter.organization();
        if (org.shortName().equals(org.name())) {
            return;
        }
        String text = Linter.unescape(body(rendered.markdown()).replace("\\\n", "\n"));
        Matcher use =
                Pattern.compile("(?<![\\w(])" + Pattern.quote(org.shortName()) + "\\b")
                        .matcher(text);
        if (!use.find()) {
            return;
        }
        String intro = org.name() + " (" + org.shortName() + ")";
        // The letter prints the name with its typographic punctuation: Workers’ for Workers'.
        int introduced = text.indexOf(Typography.apply(intro, letter.locale()));
        if (introduced < 0 || introduced > use.start()) {
            findings.add(
                    Finding.at(
                            input.origin(),
                            Severity.WARNING,
                            "short-name",
                            "the letter calls its sender '"
                                    + org.shortName()
                                    + "' before introducing it as '"
                                    + intro
                                    + "'"));
        }
    }

    /** From the salutation to the closing: where the letter speaks of its sender. */
    private static String body(String markdown) {
        int start = markdown.indexOf(SectionMarkers.marker("body"));
        int end = markdown.indexOf(SectionMarkers.marker("closing"));
        return markdown.substring(Math.max(start, 0), end > start ? end : markdown.length());
    }
}
