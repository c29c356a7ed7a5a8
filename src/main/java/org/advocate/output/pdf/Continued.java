package org.advocate.output.pdf;

import java.util.Locale;
import java.util.Map;

/**
 * The label that heads a list of signatories carried over to a new page, in the letter's language
 * (English for a language it does not know). A per-locale map until the letter's localized strings
 * can be reached from the layout.
 */
final class Continued {
    private static final Map<String, String> LABELS =
            Map.of("en", "(continued)", "fr", "(suite)", "es", "(continuación)");

    private Continued() {}

    /** The label for a locale. */
    static String label(Locale locale) {
        return LABELS.getOrDefault(locale.getLanguage(), LABELS.get("en"));
    }
}
