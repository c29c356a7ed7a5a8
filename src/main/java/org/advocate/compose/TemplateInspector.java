package org.advocate.compose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.TemplateFailure;
import org.advocate.input.Suggestions;
import org.advocate.library.Library;
import org.advocate.library.SampleLetter;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.model.Letter;
import org.advocate.template.RecordingModel;
import org.advocate.template.TemplateEngine;

/**
 * Describes a template: its purpose comes from its leading {@code <#-- name: purpose ... -->}
 * comment; the variables it uses are recorded while it renders {@link SampleLetter}; a variable is
 * required when hiding it alone makes the render fail. Nothing is declared by hand, so the answer
 * stays true when the template changes.
 */
final class TemplateInspector {
    private static final Pattern LEADING_COMMENT =
            Pattern.compile("\\A\\s*<#--(.*?)-->", Pattern.DOTALL);

    /** What the least letter gives itself, as the loader requires: still the letter's to give. */
    private static final Set<String> LEAST_GIVES =
            Set.of("org.name", "org.signatory.name", "org.signatory.title", "recipient.name");

    private final Composer composer;
    private final Library library;

    TemplateInspector(Composer composer) {
        this.composer = composer;
        this.library = composer.library();
    }

    /**
     * Describes a template by name without rendering it (purpose and languages; no variables), or
     * fails with a "did you mean" answer.
     */
    TemplateInfo describe(String name) {
        Library.LibraryText source = source(name);
        String comment = leadingComment(source.text());
        return new TemplateInfo(
                name,
                source.origin(),
                firstSentence(comment, name),
                comment,
                List.copyOf(library.templateVariants(name)),
                List.of(),
                List.of());
    }

    /** Inspects a template of the library by name, or fails with a "did you mean" answer. */
    TemplateInfo inspect(String name) {
        TemplateInfo described = describe(name);
        List<String> sampleArguments = library.argumentIds().stream().limit(2).toList();
        Letter letter = SampleLetter.letter(name, sampleArguments, Locale.US);

        // Render with everything given, then with each variable read hidden in turn: a hidden
        // variable may send the template down a branch that reads others (an <#else> that
        // prints letter.occasion when paragraphs.opening is absent), which are probed in turn.
        // "Required" means the letter must give it: what advocate fills in for every letter (an
        // empty address list, the default closing, a salutation made from the name, the fields of
        // each argument or signatory) is not. Those are found in the model of the least letter
        // the loader accepts.
        try (Probe probe = new Probe(letter)) {
            Map<String, Object> least = probe.modelOf(leastLetter(name));
            return probe(
                    described,
                    probe,
                    v -> !v.contains("[]") && (LEAST_GIVES.contains(v) || !present(least, v)));
        }
    }

    /** A letter of the template with only what the loader requires. */
    private Letter leastLetter(String name) {
        String yaml =
                "template: "
                        + name
                        + "\norganization: { name: Example, signatory: { name: A, title: B } }"
                        + "\nrecipient: { name: Sam Example }\n";
        return composer.quietLoader()
                .load(
                        new LetterInput("least letter", yaml, Path.of("")),
                        LetterLoader.Options.none(),
                        LocalDate.of(2015, 8, 20));
    }

    /** Whether a dotted path names a value of a model. */
    private static boolean present(Map<String, Object> model, String path) {
        Object at = model;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> map) || map.get(part) == null) {
                return false;
            }
            at = map.get(part);
        }
        return true;
    }

    private TemplateInfo probe(
            TemplateInfo described, Probe probe, Predicate<String> letterMustGive) {
        RecordingModel all = new RecordingModel(null);
        probe.render(all);
        Set<String> variables = new TreeSet<>(all.read());
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(variables);
        Set<String> required = new TreeSet<>();
        while (!queue.isEmpty()) {
            String variable = queue.poll();
            RecordingModel without = new RecordingModel(variable);
            try {
                probe.render(without);
            } catch (TemplateFailure e) {
                required.add(variable);
            }
            for (String read : without.read()) {
                if (variables.add(read)) {
                    queue.add(read);
                }
            }
        }
        // A mapping read only to reach its fields is not itself a variable worth listing.
        Set<String> read = Set.copyOf(variables);
        variables.removeIf(v -> read.stream().anyMatch(o -> o.startsWith(v + ".")));
        required.retainAll(variables);
        required.removeIf(letterMustGive.negate());
        return new TemplateInfo(
                described.name(),
                described.origin(),
                described.purpose(),
                described.description(),
                described.languages(),
                List.copyOf(variables),
                List.copyOf(required));
    }

    private Library.LibraryText source(String name) {
        if (!library.templateNames().contains(name)) {
            throw InputException.of(
                    "templates",
                    "",
                    "unknown template '"
                            + name
                            + "'"
                            + Suggestions.didYouMean(name, library.templateNames())
                            + "; known: "
                            + String.join(", ", library.templateNames()));
        }
        return library.text(Library.templateFile(name)).orElseThrow();
    }

    /** Renders the sample letter, showing the template the model through each recording in turn. */
    private final class Probe implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicReference<RecordingModel> current =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicReference<Map<String, Object>> model =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final TemplateEngine engine;
        private final Letter letter;

        Probe(Letter letter) {
            this.letter = letter;
            // One engine for every probe: templates are parsed once.
            this.engine =
                    composer.newEngine(
                            letter.template(),
                            given -> {
                                model.compareAndSet(null, given);
                                return current.get().view(given);
                            });
        }

        void render(RecordingModel recording) {
            current.set(recording);
            render(letter);
        }

        private void render(Letter l) {
            composer.renderer(engine)
                    .render(
                            l,
                            Composer.templateName(l.template()),
                            composer.arguments(l),
                            Map.of());
        }

        /** The model another letter of the same template gives it, before the template runs. */
        Map<String, Object> modelOf(Letter other) {
            model.set(null);
            current.set(new RecordingModel(null));
            try {
                render(other);
            } catch (TemplateFailure e) {
                // the model was made before the template failed on what it lacks
            }
            return model.get() != null ? model.get() : Map.of();
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    /** The leading comment's text, its lines unindented and joined; empty when there is none. */
    static String leadingComment(String template) {
        Matcher m = LEADING_COMMENT.matcher(template);
        if (!m.find()) {
            return "";
        }
        return String.join(" ", m.group(1).strip().split("\\s*\\n\\s*"));
    }

    /** "support: a letter applauding X. Structure ..." → "A letter applauding X." */
    static String firstSentence(String comment, String name) {
        String text =
                comment.startsWith(name + ":") ? comment.substring(name.length() + 1) : comment;
        text = text.strip();
        Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start() + 1);
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
