package org.advocate.load;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.advocate.input.MappingReader;

/**
 * Reads a letter's language and region: a BCP 47 tag whose language (and region, when given) is an
 * ISO code, so that a typo such as {@code klingon} or {@code xx-YY} is an error rather than a
 * letter dated in a fallback format.
 */
public final class LanguageTags {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
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
        // ISO code lists, not display names: looking a name up loads the JDK's locale-name data,
        // about 40 ms on every start. Three-letter languages (fil, haw, ...) have no JDK list.
        boolean knownLanguage = LANGUAGES.contains(language) || language.length() == 3;
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

    /**
     * Returns the letter's {@code locale}, or {@link Locale#US} when it names none or a wrong one
     * (recording the problem).
     *
     * @param r the letter's top-level reader
     */
    static Locale read(MappingReader r) {
        String text = r.text("locale");
        if (text == null) {
            return Locale.US;
        }
        Optional<Locale> locale = parse(text);
        if (locale.isEmpty()) {
            r.problem("locale", problem(text));
        }
        return locale.orElse(Locale.US);
    }
}
