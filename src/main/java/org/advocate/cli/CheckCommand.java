package org.advocate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.batch.BatchCheck;
import org.advocate.check.Finding;
import org.advocate.check.FindingFormat;
import org.advocate.check.Formats;
import org.advocate.check.LetterCheck;
import org.advocate.check.Severity;
import org.advocate.check.StyleRules;
import org.advocate.compose.Composer;
import org.advocate.deliver.AddressCheck;
import org.advocate.input.YamlNode;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.RowFormat;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advocate check}: everything compose would find, and a lint, without writing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check a letter without writing anything: every error compose would stop at (invalid"
                    + " fields, unknown arguments, template errors, undefined variables), and a"
                    + " lint of the rendered text (terminology, leftover placeholders, length,"
                    + " arguments printed without their sources).",
            "Exit 0 when clean; 6 when an error is found (or a warning, with --strict).",
            ""
        })
final class CheckCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(
            index = "0",
            paramLabel = "LETTER.yaml",
            description = "The letter file ('-' reads it from standard input).")
    Path letterFile;

    @Mixin LetterSource source;

    @Mixin LetterInputs inputs;

    @Option(
            names = "--for",
            paramLabel = "FORMAT",
            completionCandidates = Completions.Formats.class,
            split = ",",
            description =
                    "Output formats to write the letter in (in memory), as compose would: a check"
                            + " that passes means compose succeeds in each. Default: all (md, pdf,"
                            + " html, docx).")
    List<String> formats = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            completionCandidates = Completions.FindingFormats.class,
            defaultValue = "text",
            description =
                    "text (file:line:column: severity: message), json (one JSON object per line)"
                            + " or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--strict", description = "Warnings also make the check fail.")
    boolean strict;

    @Option(
            names = "--max-words",
            paramLabel = "N",
            description =
                    "Flag letters longer than N words. Default: maxWords of style/terms.yaml.")
    Integer maxWords;

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            description =
                    "Typeset the letter as PDF and flag it when longer than N pages (also finds"
                            + " characters no bundled font can print). Default: maxPages of"
                            + " style/terms.yaml, else no page check.")
    Integer maxPages;

    @Option(
            names = "--rows",
            paramLabel = "FILE",
            description =
                    "Also check a batch's rows (CSV, YAML or JSON; '-' reads them from standard"
                            + " input): every row's fields and its letter's rendering, and with"
                            + " --name every output name.")
    Path rows;

    @Option(
            names = "--rows-format",
            paramLabel = "FORMAT",
            completionCandidates = Completions.RowFormats.class,
            description = "csv, yaml or json. Default: from the rows file's extension.")
    String rowsFormat;

    @Option(
            names = "--name",
            paramLabel = "PATTERN",
            description =
                    "With --rows: the batch's output name pattern, e.g."
                        + " \"{recipient.lastName}.pdf\"; checks names for safety and collisions.")
    String name;

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            description = "With --name: the output folder to check names against (default: .).")
    Path outDir;

    @Spec CommandSpec spec;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FindingFormat out =
                FindingFormat.byName(format)
                        .orElseThrow(
                                () ->
                                        new picocli.CommandLine.ParameterException(
                                                spec.commandLine(),
                                                "unknown format '"
                                                        + format
                                                        + "'; known: "
                                                        + FindingFormat.ALL.stream()
                                                                .map(FindingFormat::name)
                                                                .collect(
                                                                        java.util.stream.Collectors
                                                                                .joining(", "))));
        if (StandardInputRows.named(rows) && letterFile.toString().equals("-")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "the letter and --rows cannot both come from standard input ('-')");
        }
        List<Finding> findings = new ArrayList<>();
        boolean batchLetter = false;
        try {
            LetterSource.Prepared prepared = source.prepare(letterFile, context);
            batchLetter =
                    prepared.input().parse() instanceof YamlNode.Mapping map
                            && map.get("columns") != null;
            StyleRules file = StyleRules.of(prepared.library());
            StyleRules style =
                    new StyleRules(
                            file.origin(),
                            file.rules(),
                            maxWords != null ? maxWords : file.maxWords(),
                            maxPages != null ? maxPages : file.maxPages());
            List<Problem> warned = new ArrayList<>();
            try (Composer composer = prepared.composer(context, warned::add)) {
                LetterCheck check = new LetterCheck(composer, style, warned);
                if (rows == null) {
                    findings.addAll(
                            check.check(
                                    prepared.input(),
                                    inputs.options(prepared),
                                    formats(composer.writers())));
                } else {
                    // A batch letter is only whole with a row: check every row, lint the first.
                    BatchCheck.Result result = checkRows(composer, prepared);
                    for (Problem p : warned) {
                        findings.add(Finding.of(p, Severity.WARNING));
                    }
                    for (Problem p : result.problems()) {
                        findings.add(Finding.of(p));
                    }
                    if (result.first() != null) {
                        findings.addAll(
                                check.lint(prepared.input(), result.firstLetter(), result.first()));
                    }
                }
            }
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                findings.add(Finding.of(p));
            }
        }
        boolean colour = spec.commandLine().getColorScheme().ansi().enabled();
        out.write(findings, context.out(), colour);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (!GlobalOptions.quiet(spec) && !format.equals("json")) {
            context.err()
                    .println(
                            findings.isEmpty()
                                    ? "advocate: " + letterFile + ": no problems found"
                                    : "advocate: "
                                            + letterFile
                                            + ": "
                                            + plural(errors, "error")
                                            + ", "
                                            + plural(warnings, "warning"));
            if (errors > 0 && batchLetter && rows == null) {
                context.err()
                        .println(
                                "advocate: hint: "
                                        + letterFile
                                        + " maps columns (columns:), so its rows give some of its"
                                        + " fields; check it with its rows: --rows FILE");
            }
        }
        boolean failed = errors > 0 || (strict && warnings > 0);
        return failed ? ExitCode.CHECK.code() : ExitCode.OK.code();
    }

    /** Every problem of every row, as batch would find it before writing. */
    private BatchCheck.Result checkRows(Composer composer, LetterSource.Prepared prepared) {
        RowFormat format = BatchCommand.rowFormat(rowsFormat, spec);
        PreparedLetter letter = composer.prepare(prepared.input(), inputs.options(prepared));
        Writers writers = composer.writers();
        LetterWriter writer =
                (name == null ? Optional.<LetterWriter>empty() : writers.byFileName(name))
                        .orElseGet(() -> writers.byName("md").orElseThrow());
        // A recipient's address is checked as send would check it (AddressCheck.forCheck).
        if (!StandardInputRows.named(rows)) {
            return new BatchCheck(composer, letter)
                    .check(
                            rows,
                            format,
                            name,
                            outDir,
                            writer,
                            inputs.allowEmpty,
                            AddressCheck::forCheck);
        }
        try (StandardInputRows piped = StandardInputRows.read(context.stdin(), format)) {
            return new BatchCheck(composer, letter)
                    .check(
                            piped.file(),
                            format,
                            name,
                            outDir,
                            writer,
                            inputs.allowEmpty,
                            AddressCheck::forCheck);
        }
    }

    /** The formats of --for, all of them by default; an unknown one is a usage error. */
    private Formats formats(Writers writers) {
        List<LetterWriter> chosen = new ArrayList<>();
        if (formats.isEmpty()) {
            chosen.addAll(writers.all());
        }
        for (String name : formats) {
            LetterWriter writer =
                    writers.byName(name.trim())
                            .orElseThrow(
                                    () ->
                                            new picocli.CommandLine.ParameterException(
                                                    spec.commandLine(),
                                                    "--for: unknown format '"
                                                            + name
                                                            + "'; known: "
                                                            + writers.names()));
            if (!chosen.contains(writer)) {
                chosen.add(writer);
            }
        }
        boolean pdf = chosen.stream().anyMatch(w -> w.name().equals("pdf"));
        return new Formats(
                chosen,
                new OutputOptions(inputs.paper(pdf), false, inputs.envelope(), inputs.fonts()));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
