package org.advocate.check;

import java.util.regex.Pattern;

/**
 * A rule of {@code style/terms.yaml}: wording to flag in a rendered letter.
 *
 * @param id short identifier, shown with each finding
 * @param pattern what to look for (case-insensitive)
 * @param severity error or warning
 * @param message why it is flagged
 * @param suggest what to write instead, or null
 * @param reference the published guidance the rule rests on, or null
 * @param exceptQuoted whether matches inside quotation marks (names of laws, quoted speech) pass
 */
public record TextRule(
        String id,
        Pattern pattern,
        Severity severity,
        String message,
        String suggest,
        String reference,
        boolean exceptQuoted) {

    /** The message printed for a match of {@code text}. */
    public String describe(String text) {
        StringBuilder s = new StringBuilder("'").append(text).append("': ").append(message);
        if (suggest != null) {
            s.append("; prefer ").append(suggest);
        }
        if (reference != null) {
            s.append(" (").append(reference).append(")");
        }
        return s.toString();
    }
}
