package org.advocate.check;

import java.util.List;
import java.util.Map;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;

/**
 * Warns about a custom paragraph that the letter does not print: its template has no place for that
 * position (only {@code support} commends the recipient's {@code record}, say), so the words would
 * be lost without a sign.
 */
final class ParagraphsCheck {
    private ParagraphsCheck() {}

    static void check(
            LetterInput input, Letter letter, RenderedLetter rendered, List<Finding> findings) {
        String text = squeeze(rendered.markdown());
        for (Map.Entry<String, String> p : letter.paragraphs().entrySet()) {
            String words = squeeze(p.getValue());
            String start = words.substring(0, Math.min(words.length(), 60));
            if (!start.isEmpty() && !text.contains(start)) {
                findings.add(
                        Finding.at(
                                SelfCitationCheck.paragraphOrigin(input, p.getKey()),
                                Severity.WARNING,
                                "paragraph-unused",
                                "paragraph '"
                                        + p.getKey()
                                        + "' does not appear in the letter: template '"
                                        + letter.template()
                                        + "' has no place for it"));
            }
        }
    }

    private static String squeeze(String s) {
        // Letters and digits only: the letter's punctuation may be set typographically.
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
