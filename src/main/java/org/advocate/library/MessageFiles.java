package org.advocate.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.StrictYaml;
import org.advocate.input.Suggestions;
import org.advocate.input.YamlNode;
import org.advocate.model.Messages;
import org.advocate.typography.Typography;

/**
 * Reads the fixed words of letters from the library's {@code i18n/messages.<tag>.yaml} files: the
 * English file, which names every message, then the letter's language ({@code fr}) and its region
 * ({@code fr-CA}), each replacing what it gives. A user's library folder can replace any file or
 * add a language, without code.
 *
 * <p>A message the language's files lack prints in English, and {@code check} says so; a key
 * English does not have, a placeholder the English message does not take, or a value that is
 * neither text nor the forms {@code one} and {@code other}, is an error naming the file and line.
 */
final class MessageFiles {
    /** The language every other falls back to. */
    static final String ENGLISH = "en";

    private MessageFiles() {}

    /**
     * The words of a locale's language, and what is missing from its files.
     *
     * @param messages the messages, English where the language's files lack one
     * @param warnings one per missing message (or one for a missing file), for {@code check}
     */
    record Loaded(Messages messages, List<Problem> warnings) {}

    /** The file name of a language's messages. */
    static String file(String tag) {
        return "i18n/messages." + tag + ".yaml";
    }

    static Loaded load(Library library, Locale locale) {
        List<Problem> errors = new ArrayList<>();
        Map<String, Map<String, String>> english =
                read(library, ENGLISH)
                        .map(f -> parse(f, new LinkedHashMap<>(), errors))
                        .orElseThrow(
                                () ->
                                        InputException.of(
                                                file(ENGLISH), "", "the library has no messages"));
        Map<String, Map<String, String>> forms = new LinkedHashMap<>(english);
        List<Problem> warnings = new ArrayList<>();
        String language = locale.getLanguage();
        if (!language.isEmpty() && !language.equals(ENGLISH)) {
            List<String> tags = new ArrayList<>(Library.variantTags(locale));
            java.util.Collections.reverse(tags); // fr, then fr-CA
            Set<String> given = new HashSet<>();
            String first = null;
            for (String tag : tags) {
                Optional<Library.LibraryText> text = read(library, tag);
                if (text.isEmpty()) {
                    continue;
                }
                first = first == null ? text.get().origin() : first;
                Map<String, String> where = new LinkedHashMap<>();
                Map<String, Map<String, String>> own = parse(text.get(), where, errors);
                checkAgainst(english, own, where, errors);
                forms.putAll(own);
                given.addAll(own.keySet());
            }
            if (first == null) {
                warnings.add(
                        new Problem(
                                file(language),
                                "",
                                "no messages in this language; the letter's fixed words print in"
                                        + " English"));
            } else {
                for (String key : english.keySet()) {
                    if (!given.contains(key)) {
                        warnings.add(
                                new Problem(first, key, "no message; the English one is used"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        // Set as the letter sets its text, so words the PDF prints outside it (footer, header)
        // read the same.
        Map<String, Map<String, String>> typographic = new LinkedHashMap<>();
        forms.forEach(
                (key, f) -> {
                    Map<String, String> t = new LinkedHashMap<>();
                    f.forEach((form, text) -> t.put(form, Typography.apply(text, locale)));
                    typographic.put(key, t);
                });
        return new Loaded(
                new Messages(language.isEmpty() ? ENGLISH : language, typographic),
                List.copyOf(warnings));
    }

    private static Optional<Library.LibraryText> read(Library library, String tag) {
        return library.text(file(tag));
    }

    /** A file's messages: text, or a mapping of the forms one and other. */
    private static Map<String, Map<String, String>> parse(
            Library.LibraryText file, Map<String, String> where, List<Problem> errors) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        YamlNode root = StrictYaml.parse(file.origin(), file.text(), 1);
        if (!(root instanceof YamlNode.Mapping map)) {
            errors.add(new Problem(root.origin().toString(), "", "expected a mapping of messages"));
            return out;
        }
        for (YamlNode.Entry entry : map.entries()) {
            where.put(entry.key(), entry.keyOrigin().toString());
            if (entry.value() instanceof YamlNode.Text t && !t.blank()) {
                out.put(entry.key(), Map.of(Messages.OTHER, t.value()));
            } else if (entry.value() instanceof YamlNode.Mapping forms) {
                Map<String, String> f = forms(forms, entry.key(), errors);
                if (f != null) {
                    out.put(entry.key(), f);
                }
            } else {
                errors.add(
                        new Problem(
                                entry.value().origin().toString(),
                                entry.key(),
                                "a message is text, or the forms 'one' and 'other'"));
            }
        }
        return out;
    }

    private static Map<String, String> forms(
            YamlNode.Mapping forms, String key, List<Problem> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : forms.entries()) {
            boolean known = e.key().equals(Messages.ONE) || e.key().equals(Messages.OTHER);
            if (!known || !(e.value() instanceof YamlNode.Text t) || t.blank()) {
                errors.add(
                        new Problem(
                                e.keyOrigin().toString(),
                                key + "." + e.key(),
                                known
                                        ? "a form is text"
                                        : "unknown form; a message's forms are 'one' (for 1) and"
                                                + " 'other'"));
                continue;
            }
            out.put(e.key(), t.value());
        }
        if (!out.containsKey(Messages.OTHER)) {
            errors.add(new Problem(forms.origin().toString(), key, "the form 'other' is missing"));
            return null;
        }
        return out;
    }

    /** A translation names only messages English has, with only the placeholders it takes. */
    private static void checkAgainst(
            Map<String, Map<String, String>> english,
            Map<String, Map<String, String>> own,
            Map<String, String> where,
            List<Problem> errors) {
        for (Map.Entry<String, Map<String, String>> e : own.entrySet()) {
            Map<String, String> base = english.get(e.getKey());
            if (base == null) {
                errors.add(
                        new Problem(
                                where.get(e.getKey()),
                                e.getKey(),
                                "unknown message"
                                        + Suggestions.didYouMean(e.getKey(), english.keySet())));
                continue;
            }
            Set<String> allowed = new HashSet<>();
            base.values().forEach(text -> allowed.addAll(Messages.placeholders(text)));
            for (String text : e.getValue().values()) {
                for (String name : Messages.placeholders(text)) {
                    if (!allowed.contains(name)) {
                        errors.add(
                                new Problem(
                                        where.get(e.getKey()),
                                        e.getKey(),
                                        "unknown placeholder {"
                                                + name
                                                + "}; this message takes "
                                                + (allowed.isEmpty()
                                                        ? "none"
                                                        : "{"
                                                                + String.join(
                                                                        "}, {",
                                                                        new java.util.TreeSet<>(
                                                                                allowed))
                                                                + "}")));
                    }
                }
            }
        }
    }
}
