package org.advocate.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.AtomicFiles;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.Writers;
import org.advocate.output.pdf.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advocate compose}: one letter, to standard output or a file. */
@Command(
        name = "compose",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compose one letter from a letter file. Markdown goes to standard output unless -o"
                    + " names a file.",
            ""
        })
final class ComposeCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(
            index = "0",
            paramLabel = "LETTER.yaml",
            description = "The letter file ('-' reads it from standard input).")
    Path letterFile;

    @Mixin LetterSource source;

    @Spec CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output ('-' is standard output).")
    String output;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description =
                    "Output format: md or pdf. Default: from the -o file's extension, else md.")
    String format;

    @Option(
            names = "--org",
            paramLabel = "FILE",
            description = "Use this organization file instead of the letter's.")
    Path organization;

    @Option(
            names = {"-t", "--template"},
            paramLabel = "NAME|FILE",
            description = "A template of the library (e.g. support) or a .md.ftl file.")
    String template;

    @Option(
            names = {"-a", "--argument"},
            paramLabel = "ID",
            description =
                    "An argument to include, in order; replaces the letter's list. Repeatable.")
    List<String> arguments = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = {
                "Set a letter field, e.g. --set recipient.name=\"Jane Doe\" or --set"
                        + " org.signatory.title=Director. Repeatable."
            })
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--signatories",
            paramLabel = "FILE",
            description =
                    "Organizations signing a sign-on letter: a CSV (e.g. a Google Forms export),"
                            + " YAML or JSON file. Replaces the letter's signatories.")
    Path signatories;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(
            names = "--paper",
            paramLabel = "letter|a4",
            description =
                    "Paper size of PDF output. Default: Letter in the US, Canada and a few other"
                            + " countries of the letter's locale, else A4.")
    String paper;

    @Option(names = "--pdfa", description = "Write archival PDF/A-2b.")
    boolean pdfa;

    ComposeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        LetterSource.Prepared prepared = source.prepare(letterFile, context);
        try (Composer composer = prepared.composer(context, Warnings.printer(context))) {
            LetterWriter writer = chooseWriter(composer.writers());
            Letter letter =
                    composer.bind(
                            prepared.input(),
                            new LetterLoader.Options(
                                    organization,
                                    template,
                                    arguments,
                                    prepared.overrides(sets),
                                    signatories));
            RenderedLetter rendered = composer.render(letter);
            write(composer, rendered, writer, prepared.input());
        }
        return ExitCode.OK.code();
    }

    private void write(
            Composer composer, RenderedLetter rendered, LetterWriter writer, LetterInput input)
            throws IOException {
        OutputOptions options = new OutputOptions(paper(writer), pdfa);
        if (output == null || output.equals("-")) {
            context.out().flush();
            try {
                composer.write(rendered, writer, options, context.stdout());
                context.stdout().flush();
            } catch (IOException e) {
                throw new OutputException("cannot write to standard output: " + e.getMessage(), e);
            }
        } else {
            if (output.isBlank() || output.endsWith("/") || output.endsWith(File.separator)) {
                throw new OutputException(
                        "-o '"
                                + output
                                + "': expected a file name, e.g. -o "
                                + (output.isBlank() ? "" : output)
                                + "letter."
                                + writer.extensions().get(0));
            }
            Path target = Path.of(output);
            refuseInput(target, input);
            AtomicFiles.publish(
                    target, force, out -> composer.write(rendered, writer, options, out));
        }
    }

    /**
     * Refuses to write over a file the letter was made from (the letter, its organization,
     * signatories or template file), even with --force: a mistyped -o would otherwise replace the
     * source with its own output.
     */
    private void refuseInput(Path target, LetterInput input) {
        if (!Files.exists(target)) {
            return;
        }
        Map<String, Path> inputs = new LinkedHashMap<>();
        if (!input.origin().equals(LetterInput.STDIN)) {
            inputs.put("the letter file", Path.of(input.origin()));
        }
        for (String field : List.of("organization", "signatories", "template")) {
            input.topLevelText(field)
                    .ifPresent(
                            text -> inputs.put("its " + field, input.dir().resolve(text.value())));
        }
        if (organization != null) {
            inputs.put("its organization", organization);
        }
        if (template != null) {
            inputs.put("its template", Path.of(template));
        }
        if (signatories != null) {
            inputs.put("its signatories", signatories);
        }
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            try {
                if (Files.exists(in.getValue()) && Files.isSameFile(in.getValue(), target)) {
                    throw new OutputException(
                            output
                                    + ": is "
                                    + in.getKey()
                                    + ", which this letter is made from; choose another output"
                                    + " file");
                }
            } catch (IOException e) {
                // cannot compare: the publish step reports what is wrong with the target
            }
        }
    }

    private LetterWriter chooseWriter(Writers writers) {
        if (format != null) {
            return writers.byName(format)
                    .orElseThrow(
                            () ->
                                    new OutputException(
                                            "unknown format '"
                                                    + format
                                                    + "'; known: "
                                                    + writers.names()));
        }
        if (output != null && !output.equals("-")) {
            return writers.byFileName(output).orElseGet(() -> writers.byName("md").orElseThrow());
        }
        return writers.byName("md").orElseThrow();
    }

    /**
     * Reads --paper (or ADVOCATE_PAPER) case-insensitively. A wrong value on the command line is a
     * usage error; one from the environment is named as such, and only matters for PDF.
     */
    private Paper paper(LetterWriter writer) {
        if (paper == null) {
            return null;
        }
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--paper");
        if (!given && !writer.name().equals("pdf")) {
            return null;
        }
        for (Paper p : Paper.values()) {
            if (p.name().equalsIgnoreCase(paper.trim())) {
                return p;
            }
        }
        String problem = "expected letter or a4, found '" + paper + "'";
        if (given) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--paper: " + problem);
        }
        throw InputException.of(EnvironmentDefaults.variable("--paper"), "", problem);
    }
}
