package org.advocate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;

/**
 * Reads a prose field that may be written once or once per language: {@code occasion: the decision
 * to ...}, or {@code occasion: {en: the decision to ..., fr: la décision de ...}}. A letter takes
 * the text of its own language (its region's first: {@code fr-CA}, then {@code fr}); when the field
 * has none, the field counts as absent, so the template prints its own words in the letter's
 * language, and a warning names the languages the field has.
 */
final class LocalizedText {
    private LocalizedText() {}

    /**
     * Returns the field's text in the locale's language, or null.
     *
     * @param r the reader of the mapping that holds the field
     * @param key the field
     * @param locale the letter's locale
     * @param problems receives malformed language keys and values
     * @param warnings receives a field that has no text in the letter's language
     */
    static String read(
            MappingReader r,
            String key,
            Locale locale,
            Problems problems,
            Consumer<Problem> warnings) {
        if (!(r.mapping().get(key) instanceof YamlNode.Mapping byLanguage)) {
            return r.text(key);
        }
        r.node(key);
        MappingReader languages = new MappingReader(byLanguage, r.path(key), problems);
        String regional = null;
        String general = null;
        List<String> tags = new ArrayList<>();
        for (YamlNode.Entry entry : byLanguage.entries()) {
            String tag = entry.key();
            String text = languages.text(tag);
            if (LanguageTags.parse(tag).isEmpty()) {
                languages.problemAt(entry.keyOrigin(), tag, LanguageTags.problem(tag));
                continue;
            }
            Locale of = LanguageTags.parse(tag).get();
            tags.add(tag);
            if (!of.getLanguage().equals(locale.getLanguage())) {
                continue;
            }
            if (of.getCountry().isEmpty()) {
                general = text;
            } else if (of.getCountry().equals(locale.getCountry())) {
                regional = text;
            }
        }
        String chosen = regional != null ? regional : general;
        if (chosen == null && !tags.isEmpty()) {
            warnings.accept(
                    new Problem(
                            byLanguage.origin().toString(),
                            r.path(key),
                            "has no "
                                    + Languages.tag(locale)
                                    + " text (it is written in: "
                                    + String.join(", ", tags)
                                    + "); the template's own words print instead"));
        }
        return chosen;
    }
}
