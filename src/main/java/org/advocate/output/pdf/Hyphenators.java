package org.advocate.output.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hyphenation of each shipped language, each loaded the first time a letter in that language is
 * laid out and then shared by every document and thread of its renderer.
 */
final class Hyphenators {
    private final Map<String, Memo<Hyphenation>> languages = new HashMap<>();

    Hyphenators() {
        for (String language : Hyphenation.languages()) {
            languages.put(language, new Memo<>(() -> Hyphenation.load(language)));
        }
    }

    /** The hyphenation of a locale's language, or null when no patterns ship for it. */
    Hyphenation forLocale(Locale locale) {
        Memo<Hyphenation> memo = languages.get(locale.getLanguage());
        return memo == null ? null : memo.get();
    }
}
