package org.advocate.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.advocate.input.MappingReader;
import org.advocate.input.Origin;
import org.advocate.input.Suggestions;

/**
 * Chooses a letter's template and checks it: a library template by name, or a {@code .ftl} file by
 * path (made absolute).
 */
final class TemplateChoice {
    /** The template of a letter that names none. */
    static final String DEFAULT = "support";

    private TemplateChoice() {}

    /**
     * Returns the template named by {@code -t}, else by the letter, else the default one,
     * unchecked.
     *
     * @param r the letter's top-level reader
     * @param option the template named on the command line, or null
     */
    static String chosen(MappingReader r, String option) {
        String named = option != null ? option : r.text("template");
        if (option != null) {
            r.node("template");
        }
        return named != null ? named : DEFAULT;
    }

    /**
     * Checks a chosen template, returning it as binding resolves it: a library name, or the
     * absolute path of a {@code .ftl} file.
     *
     * @param r the letter's top-level reader, which records the problems
     * @param template the chosen template
     * @param dir the folder the letter's relative paths resolve against
     * @param fromOption whether {@code -t} named the template
     * @param catalog the library's template names
     */
    static String check(
            MappingReader r, String template, Path dir, boolean fromOption, Catalog catalog) {
        // A template named by -t is wrong on the command line, not at the letter's line.
        BiConsumer<String, String> problem =
                fromOption
                        ? (key, message) -> r.problemAt(Origin.of("--template"), key, message)
                        : r::problem;
        if (template.endsWith(".ftl")) {
            Path path = fromOption ? Path.of(template) : dir.resolve(template);
            if (!Files.isRegularFile(path)) {
                problem.accept("template", "template file not found: " + path);
            }
            return path.toAbsolutePath().normalize().toString();
        }
        if (!catalog.templateNames().contains(template)) {
            problem.accept(
                    "template",
                    "unknown template '"
                            + template
                            + "'"
                            + Suggestions.didYouMean(template, catalog.templateNames())
                            + "; known: "
                            + String.join(
                                    ", ", catalog.templateNames().stream().sorted().toList()));
        }
        return template;
    }
}
