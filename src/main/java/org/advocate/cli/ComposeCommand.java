package org.advocate.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.OutputException;
import org.advocate.compose.Composer;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.AtomicFiles;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.OwnMark;
import org.advocate.output.Writers;
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

    @Mixin LetterInputs inputs;

    @Spec CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output ('-' is standard output).")
    String output;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            completionCandidates = Completions.Formats.class,
            description =
                    "Output format: md, pdf, html or docx. Default: from the -o file's extension,"
                            + " else md.")
    String format;

    @Option(
            names = "--force",
            description =
                    "Replace the output file if it exists. Not needed for a letter compose wrote"
                            + " and nobody changed since.")
    boolean force;

    @Option(names = "--pdfa", description = "Write archival PDF/A-2b.")
    boolean pdfa;

    @Option(names = "--proof", description = ProofOption.DESCRIPTION)
    boolean proof;

    ComposeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        LetterSource.Prepared prepared = source.prepare(letterFile, context);
        try (Composer composer = prepared.composer(context, Warnings.printer(context), proof)) {
            LetterWriter writer = chooseWriter(composer.writers());
            Letter letter = composer.bind(prepared.input(), inputs.options(prepared));
            RenderedLetter rendered = composer.render(letter);
            write(composer, rendered, writer, prepared.input());
        }
        return ExitCode.OK.code();
    }

    private void write(
            Composer composer, RenderedLetter rendered, LetterWriter writer, LetterInput input)
            throws IOException {
        OutputOptions options =
                new OutputOptions(
                        inputs.paper(writer.name().equals("pdf")),
                        pdfa,
                        inputs.envelope(),
                        inputs.fonts());
        if (output == null || output.equals("-")) {
            context.out().flush();
            try {
                composer.write(rendered, writer, options, context.stdout());
                context.stdout().flush();
            } catch (IOException e) {
                if (WatchedOutput.closedPipe(e)) {
                    return; // the reader went away (a pipe to head): nothing more to say
                }
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
            // A letter this command wrote, unchanged since, is replaced as if --force were given.
            boolean replace = force || OwnMark.unchanged(target);
            AtomicFiles.publish(
                    target,
                    replace,
                    out -> {
                        if (writer.name().equals("md") || writer.name().equals("html")) {
                            out.write(
                                    OwnMark.sealMarkdown(
                                            composer.bytes(rendered, writer, options)));
                        } else {
                            composer.write(rendered, writer, options, out);
                        }
                    });
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
        Map<String, Path> sources = new LinkedHashMap<>();
        if (!input.origin().equals(LetterInput.STDIN)) {
            sources.put("the letter file", Path.of(input.origin()));
        }
        for (String field : List.of("organization", "signatories", "template")) {
            input.topLevelText(field)
                    .ifPresent(
                            text -> sources.put("its " + field, input.dir().resolve(text.value())));
        }
        if (inputs.organization != null) {
            sources.put("its organization", inputs.organization);
        }
        if (inputs.template != null) {
            sources.put("its template", Path.of(inputs.template));
        }
        if (inputs.signatories != null) {
            sources.put("its signatories", inputs.signatories);
        }
        for (Map.Entry<String, Path> in : sources.entrySet()) {
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

    /**
     * The format -f names, else the one -o's extension names, else Markdown. An unknown format, or
     * an extension that names none (letter.docx), is a usage error listing the formats.
     */
    private LetterWriter chooseWriter(Writers writers) {
        if (format != null) {
            return writers.byName(format)
                    .orElseThrow(
                            () ->
                                    new CommandLine.ParameterException(
                                            spec.commandLine(),
                                            "-f: unknown format '"
                                                    + format
                                                    + "'; known: "
                                                    + writers.names()));
        }
        if (output != null && !output.equals("-")) {
            String name = Path.of(output.isBlank() ? "x" : output).getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0 && writers.byFileName(name).isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "-o "
                                + output
                                + ": no format writes ."
                                + name.substring(dot + 1)
                                + " files; known: "
                                + writers.names()
                                + " (or give -f to choose one)");
            }
            return writers.byFileName(name).orElseGet(() -> writers.byName("md").orElseThrow());
        }
        return writers.byName("md").orElseThrow();
    }
}
