package org.advocate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.compose.Composer;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;
import org.advocate.load.Dates;
import org.advocate.load.LanguageTags;
import org.advocate.load.LetterInput;
import org.advocate.load.Overrides;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that say where a letter comes from and in what setting it is read, shared by the
 * commands that read letters: {@code --library} and {@code --locale}.
 *
 * <p>Library: {@code --library} on the command line, else {@code library:} in the letter file
 * (relative to it), else {@code ADVOCATE_LIBRARY}, else the built-in library alone. Locale: {@code
 * --locale} on the command line, else {@code locale:} in the letter, else {@code ADVOCATE_LOCALE},
 * else en-US.
 */
final class LetterSource {
    @Option(
            names = "--library",
            paramLabel = "DIR",
            description = {
                "A library folder (templates, arguments/, style/) that extends and overrides the"
                        + " built-in one. Default: the letter's 'library:', else"
                        + " ADVOCATE_LIBRARY."
            })
    Path library;

    @Option(
            names = "--locale",
            paramLabel = "TAG",
            completionCandidates = Completions.Locales.class,
            description =
                    "Language and region for dates, numbers and template variants, e.g. fr-FR;"
                            + " overrides the letter's 'locale:'. Env: ADVOCATE_LOCALE.")
    String locale;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** A letter read, with the library it asks for and the overrides its setting adds. */
    record Prepared(LetterInput input, Library library, List<String> sets) {
        /** The overrides the letter's setting adds, then the command line's {@code --set}s. */
        Overrides overrides(List<String> commandLine) {
            List<String> all = new ArrayList<>(sets);
            all.addAll(commandLine);
            return new Overrides(all);
        }

        /**
         * A composer for this letter's library, dating undated letters by the context's clock (or
         * SOURCE_DATE_EPOCH).
         *
         * @param warnings where what is odd but not wrong goes
         */
        Composer composer(CliContext context, Consumer<Problem> warnings) {
            return composer(context, warnings, false);
        }

        /**
         * A composer as {@link #composer(CliContext, Consumer)}, rendering proofs when asked
         * ({@code --proof}).
         */
        Composer composer(CliContext context, Consumer<Problem> warnings, boolean proof) {
            return Composer.builder(library)
                    .warnings(warnings)
                    .defaultDate(Dates.defaultDate(context.env(), context.clock()))
                    .proof(proof)
                    .build();
        }
    }

    /**
     * Reads the letter (a path, or {@code -} for standard input) and picks its library and locale.
     */
    Prepared prepare(Path letterFile, CliContext context) {
        LetterInput input =
                letterFile.toString().equals("-")
                        ? LetterInput.read(context.stdin(), Path.of(""))
                        : LetterInput.read(letterFile);
        return new Prepared(input, library(input), sets(input));
    }

    /** The library alone, for commands that read no letter. */
    Library library() {
        return library != null ? Library.withFolder(library) : Library.builtIn();
    }

    private Library library(LetterInput input) {
        if (explicit("--library")) {
            return Library.withFolder(library);
        }
        Optional<YamlNode.Text> fromLetter = input.topLevelText("library");
        if (fromLetter.isPresent()) {
            return Library.withFolder(input.dir().resolve(fromLetter.get().value().trim()));
        }
        return library();
    }

    private List<String> sets(LetterInput input) {
        List<String> sets = new ArrayList<>();
        if (locale != null && (explicit("--locale") || input.topLevelText("locale").isEmpty())) {
            if (LanguageTags.parse(locale).isEmpty()) {
                // Named as given: the option, or the environment variable it defaulted from.
                throw InputException.of(
                        explicit("--locale") ? "--locale" : "ADVOCATE_LOCALE",
                        "",
                        LanguageTags.problem(locale));
            }
            sets.add("locale=" + locale);
        }
        return sets;
    }

    private boolean explicit(String option) {
        return mixee.commandLine().getParseResult().hasMatchedOption(option);
    }
}
