package org.advocate.load;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a letter's language and region: a BCP 47 tag whose language (and region, when given) the
 * JDK knows by name, so that a typo such as {@code klingon} or {@code fr-FX} is an error rather
 * than a letter dated in a fallback format.
 */
public final class LanguageTags {
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private LanguageTags() {}

    /**
     * Returns the locale of a tag, or empty when the tag is malformed or names no known language.
     */
    public static Optional<Locale> parse(String text) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(text.trim()).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        String region = locale.getCountry();
        boolean knownLanguage =
                !language.isEmpty()
                        && !locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language);
        boolean knownRegion =
                region.isEmpty() || REGIONS.contains(region) || region.matches("[0-9]{3}");
        return knownLanguage && knownRegion ? Optional.of(locale) : Optional.empty();
    }

    /** The message for a tag {@link #parse} refuses. */
    public static String problem(String text) {
        return "expected a language tag such as en-US or fr-FR"
                + (text.contains("_") ? " (with a hyphen, not an underscore)" : "")
                + ", found '"
                + text
                + "'";
    }
}
