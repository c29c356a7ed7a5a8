package org.advocate.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.advocate.compose.Composer;
import org.advocate.library.Library;
import org.advocate.output.LetterWriter;

/**
 * What shell completion offers for option values (picocli's {@code completionCandidates}), read
 * from the built-in library and the writer registry when the completion script is generated.
 */
final class Completions {
    private Completions() {}

    /** The built-in templates' names. */
    static final class Templates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Library.builtIn().templateNames().iterator();
        }
    }

    /** The built-in arguments' ids. */
    static final class Arguments implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Library.builtIn().argumentIds().iterator();
        }
    }

    /** The output formats. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            try (Composer composer = Composer.builder(Library.builtIn()).build()) {
                return composer.writers().all().stream().map(LetterWriter::name).iterator();
            }
        }
    }

    /**
     * Language tags for the languages the built-in templates are written in (English and each
     * translation), with each region Java knows for them: en-US, en-GB, fr-FR, fr-CA, es-MX, ...
     */
    static final class Locales implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            Library library = Library.builtIn();
            Set<String> languages = new TreeSet<>(Set.of("en"));
            for (String template : library.templateNames()) {
                languages.addAll(library.templateVariants(template));
            }
            Set<String> tags = new TreeSet<>();
            for (Locale locale : Locale.getAvailableLocales()) {
                if (languages.contains(locale.getLanguage())
                        && locale.getCountry().length() == 2
                        && locale.getScript().isEmpty()
                        && locale.getVariant().isEmpty()) {
                    tags.add(locale.toLanguageTag());
                }
            }
            return tags.iterator();
        }
    }

    /** The paper sizes. */
    static final class Papers implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.List.of("letter", "a4").iterator();
        }
    }

    /** The window envelopes a letter can be placed for. */
    static final class Envelopes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.List.of("DL", "C5", "US10").iterator();
        }
    }

    /** The formats check can report its findings in. */
    static final class FindingFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return org.advocate.check.FindingFormat.ALL.stream()
                    .map(org.advocate.check.FindingFormat::name)
                    .iterator();
        }
    }

    /** The rows file formats. */
    static final class RowFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.List.of("csv", "yaml", "json").iterator();
        }
    }
}
