package org.advocate.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.input.MappingReader;
import org.advocate.input.Origin;
import org.advocate.input.YamlNode;

/**
 * Keeps a letter in one language: its template and every chosen argument must be written in the
 * letter's language. An argument that is not is an error naming the languages it has, unless the
 * letter names a {@code fallback} language that it is written in (then it prints in that language,
 * with a warning). A library template in another language is always an error: the template gives
 * the letter's fixed words and its date's format, so a French date in an English letter cannot
 * happen. A template given as a file path is the user's own, in whatever language they wrote it.
 */
final class LetterLanguage {
    private LetterLanguage() {}

    /** Returns the letter's {@code fallback} language, or null when it names none. */
    static Locale fallback(MappingReader r) {
        String text = r.text("fallback");
        if (text == null) {
            return null;
        }
        Optional<Locale> locale = LanguageTags.parse(text);
        if (locale.isEmpty()) {
            r.problem("fallback", LanguageTags.problem(text));
            return null;
        }
        return locale.get();
    }

    /**
     * Records a problem for a template or argument that has no text in the letter's language, and
     * warns of each argument that prints in the fallback language instead.
     *
     * @param r the letter's top-level reader
     * @param template the template as bound (a library name or a file path)
     * @param locale the letter's locale
     * @param fallback the letter's fallback language, or null
     * @param ids the chosen argument ids
     * @param fromOptions the ids given by {@code --argument}, when they replace the letter's
     * @param catalog the library
     * @param warnings receives the arguments printed in the fallback language
     */
    static void check(
            MappingReader r,
            String template,
            Locale locale,
            Locale fallback,
            List<String> ids,
            List<String> fromOptions,
            Catalog catalog,
            Consumer<Problem> warnings) {
        if (!template.endsWith(".ftl") && catalog.templateNames().contains(template)) {
            Set<String> languages = catalog.templateLanguages(template);
            if (!languages.isEmpty() && !Languages.has(languages, locale)) {
                r.problem("template", Languages.missing("template", template, locale, languages));
            }
        }
        YamlNode node = r.mapping().get("arguments");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!catalog.argumentIds().contains(id)) {
                continue; // reported as unknown
            }
            Set<String> languages = catalog.argumentLanguages(id);
            if (languages.isEmpty() || Languages.has(languages, locale)) {
                continue;
            }
            Origin at =
                    !fromOptions.isEmpty()
                            ? Origin.of("--argument " + id)
                            : node instanceof YamlNode.Sequence s && i < s.items().size()
                                    ? s.items().get(i).origin()
                                    : Origin.of("arguments");
            if (fallback != null && Languages.has(languages, fallback)) {
                warnings.accept(
                        new Problem(
                                at.toString(),
                                "arguments",
                                "argument '"
                                        + id
                                        + "' prints in "
                                        + Languages.tag(fallback)
                                        + " (fallback): it has no "
                                        + Languages.tag(locale)
                                        + " text"));
            } else {
                r.problemAt(at, "arguments", Languages.missing("argument", id, locale, languages));
            }
        }
    }
}
