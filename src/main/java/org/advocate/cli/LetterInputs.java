package org.advocate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advocate.InputException;
import org.advocate.input.UserFonts;
import org.advocate.load.LetterLoader;
import org.advocate.output.pdf.Envelope;
import org.advocate.output.pdf.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that change what a letter file says, shared by {@code compose}, {@code check} and
 * {@code batch} so that a letter checked is the letter composed: {@code --org}, {@code -t}, {@code
 * -a}, {@code --set}, {@code --signatories}, {@code --allow-empty}, {@code --paper} and {@code
 * --window-envelope}, {@code --font}.
 */
final class LetterInputs {
    @Option(
            names = "--org",
            paramLabel = "FILE",
            description = "Use this organization file instead of the letter's.")
    Path organization;

    @Option(
            names = {"-t", "--template"},
            paramLabel = "NAME|FILE",
            completionCandidates = Completions.Templates.class,
            description = "A template of the library (e.g. support) or a .md.ftl file.")
    String template;

    @Option(
            names = {"-a", "--argument"},
            paramLabel = "ID",
            completionCandidates = Completions.Arguments.class,
            description =
                    "An argument to include, in order; replaces the letter's list. Repeatable.")
    List<String> arguments = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = {
                "Set a letter field, e.g. --set recipient.name=\"Jane Doe\" or --set"
                        + " org.signatory.title=Director (in a batch, after the row's own"
                        + " cells). Repeatable."
            })
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--signatories",
            paramLabel = "FILE",
            description =
                    "Organizations signing a sign-on letter: a CSV (e.g. a Google Forms export),"
                            + " YAML or JSON file. Replaces the letter's signatories.")
    Path signatories;

    @Option(
            names = "--allow-empty",
            description =
                    "Accept a signatories or rows file with no data rows (a header line alone);"
                            + " without it such a file is an error (exit 3).")
    boolean allowEmpty;

    @Option(
            names = "--paper",
            paramLabel = "letter|a4",
            completionCandidates = Completions.Papers.class,
            description =
                    "Paper size of PDF output. Default: Letter in the US, Canada and a few other"
                            + " countries of the letter's locale, else A4. Env: ADVOCATE_PAPER.")
    String paper;

    @Option(
            names = "--window-envelope",
            paramLabel = "DL|C5|US10",
            completionCandidates = Completions.Envelopes.class,
            description =
                    "Place the sender's return line and the recipient's address in the window of"
                            + " a DL or C5 envelope (DIN 5008 form B, A4) or a US #10 envelope"
                            + " (US Letter), with fold marks; PDF only. Default: the letter's"
                            + " style: envelope, if any.")
    String windowEnvelope;

    @Option(
            names = "--font",
            paramLabel = "FILE",
            description =
                    "A TrueType or OpenType font file (.ttf, .otf, or .ttc with TrueType outlines)"
                            + " for characters the PDF's own fonts lack, e.g. Chinese names;"
                            + " tried before the bundled fonts. Repeatable.")
    List<String> fonts = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Reads --window-envelope case-insensitively; null when not given. */
    Envelope envelope() {
        if (windowEnvelope == null) {
            return null;
        }
        for (Envelope e : Envelope.values()) {
            if (e.name().equalsIgnoreCase(windowEnvelope.strip())) {
                return e;
            }
        }
        throw new CommandLine.ParameterException(
                mixee.commandLine(),
                "--window-envelope: expected DL, C5 or US10, found '" + windowEnvelope + "'");
    }

    /**
     * The --font files, each checked: a readable file named .ttf, .otf or .ttc, never a URL.
     * OpenPDF would read a URL or a font's registered name as well, so nothing else reaches it.
     */
    List<Path> fonts() {
        List<Path> files = new ArrayList<>(fonts.size());
        for (String font : fonts) {
            String problem = UserFonts.problem(font);
            if (problem != null) {
                throw new CommandLine.ParameterException(
                        mixee.commandLine(), "--font " + font + ": " + problem);
            }
            files.add(Path.of(font));
        }
        return files;
    }

    /** What the command line changes in the letter, after the letter's own setting. */
    LetterLoader.Options options(LetterSource.Prepared prepared) {
        return new LetterLoader.Options(
                organization,
                template,
                arguments,
                prepared.overrides(sets),
                signatories,
                allowEmpty);
    }

    /**
     * Reads --paper (or ADVOCATE_PAPER) case-insensitively; null for the locale's usual size. A
     * wrong value on the command line is a usage error; one from the environment is named as such,
     * and only matters when a PDF is made.
     *
     * @param pdf whether the command makes (or checks) a PDF
     */
    Paper paper(boolean pdf) {
        if (paper == null) {
            return null;
        }
        boolean given = mixee.commandLine().getParseResult().hasMatchedOption("--paper");
        if (!given && !pdf) {
            return null;
        }
        for (Paper p : Paper.values()) {
            if (p.name().equalsIgnoreCase(paper.trim())) {
                return p;
            }
        }
        String problem = "expected letter or a4, found '" + paper + "'";
        if (given) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--paper: " + problem);
        }
        throw InputException.of(EnvironmentDefaults.variable("--paper"), "", problem);
    }
}
