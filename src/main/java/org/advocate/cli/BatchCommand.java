package org.advocate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.batch.BatchJob;
import org.advocate.batch.BatchOptions;
import org.advocate.batch.BatchSummary;
import org.advocate.batch.Shard;
import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.RowFormat;
import org.advocate.output.OutputOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advocate batch}: one letter per row of a rows file. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compose one letter per row of a CSV, YAML or JSON file. Each row is checked and made"
                    + " once; no letter gets its name until every row has passed.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 ok; 1 some rows failed (--continue-on-error); 3 invalid input;"
                    + " 4 template error; 5 output error."
        })
final class BatchCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LETTER.yaml", description = "The letter file.")
    Path letterFile;

    @Option(
            names = "--rows",
            required = true,
            paramLabel = "FILE",
            description =
                    "The rows: CSV with a header line, a YAML list or a JSON array; '-' reads"
                            + " them from standard input (CSV unless --rows-format says).")
    Path rows;

    @Option(
            names = "--rows-format",
            paramLabel = "FORMAT",
            completionCandidates = Completions.RowFormats.class,
            description = "csv, yaml or json. Default: from the rows file's extension.")
    String rowsFormat;

    @Option(
            names = "--out-dir",
            required = true,
            paramLabel = "DIR",
            description = "The folder every letter goes into (created when missing).")
    Path outDir;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "PATTERN",
            description = {
                "File names, with {field} placeholders: letter fields such as"
                        + " {recipient.lastName} or columns as {row.District}, e.g."
                        + " \"{recipient.lastName}-{recipient.district}.md\"."
            })
    String name;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            completionCandidates = Completions.Formats.class,
            description = "Output format. Default: from the name pattern's extension.")
    String format;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Letters rendered at once. Default: the number of processors.")
    Integer jobs;

    /** --force and --resume exclude each other. */
    static final class Existing {
        @Option(names = "--force", description = "Replace existing files.")
        boolean force;

        @Option(
                names = "--resume",
                description =
                        "Finish an interrupted run: keep files the manifest records, redo the"
                                + " rest, remove stale temporary files.")
        boolean resume;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Existing existing = new Existing();

    @Option(
            names = "--continue-on-error",
            description =
                    "Write every good row; failed rows go to failed.csv with their error; exit 1.")
    boolean continueOnError;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            description = "Take only rows whose 0-based index i has i %% N == K - 1.")
    String shard;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write a JSON report.")
    Path report;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Read only the first N rows (1 or more); all rows without it.")
    Long limit;

    @Option(names = "--proof", description = ProofOption.DESCRIPTION)
    boolean proof;

    @Option(names = "--dry-run", description = "Print which row makes which file; write nothing.")
    boolean dryRun;

    @Mixin LetterSource source;

    @Mixin LetterInputs inputs;

    BatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (StandardInputRows.named(rows) && letterFile.toString().equals("-")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the letter and --rows cannot both come from standard input ('-')");
        }
        RowFormat chosen = rowFormat(rowsFormat, spec);
        BatchSummary summary;
        try (StandardInputRows piped =
                StandardInputRows.named(rows)
                        ? StandardInputRows.read(context.stdin(), chosen)
                        : null) {
            BatchOptions options = options(piped != null ? piped.file() : rows, chosen);
            LetterSource.Prepared prepared = source.prepare(letterFile, context);
            summary = run(prepared, options);
        }
        // The batch issue's contract: exit 1 when rows failed under --continue-on-error. A crash,
        // the other use of 1, prints a stack trace and no summary line.
        return summary.failed() > 0 ? ExitCode.INTERNAL.code() : ExitCode.OK.code();
    }

    private BatchSummary run(LetterSource.Prepared prepared, BatchOptions options) {
        try (Composer composer = prepared.composer(context, Warnings.printer(context), proof)) {
            PreparedLetter letter = composer.prepare(prepared.input(), inputs.options(prepared));
            return new BatchJob(composer, letter, options)
                    .run(context.out(), context.err(), TerminalProgress.factory(context));
        }
    }

    /** The --rows-format a user named, or null to tell by the file's extension. */
    static RowFormat rowFormat(String name, CommandSpec spec) {
        if (name == null) {
            return null;
        }
        return RowFormat.byName(name)
                .orElseThrow(
                        () ->
                                new ParameterException(
                                        spec.commandLine(),
                                        "--rows-format: expected csv, yaml or json, found '"
                                                + name
                                                + "'"));
    }

    private BatchOptions options(Path rows, RowFormat chosen) {
        Shard part = Shard.ALL;
        if (shard != null) {
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
            }
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 256) {
            throw new ParameterException(spec.commandLine(), "--jobs: expected 1 to 256");
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--limit: expected 1 or more rows, found " + limit);
        }
        return new BatchOptions(
                rows,
                chosen,
                outDir,
                name,
                format,
                threads,
                existing.force,
                existing.resume,
                continueOnError,
                part,
                report,
                limit != null ? limit : 0,
                dryRun,
                GlobalOptions.quiet(spec),
                new OutputOptions(
                        inputs.paper(makesPdf()), false, inputs.envelope(), inputs.fonts()),
                inputs.allowEmpty);
    }

    /** Whether the letters are PDF: -f says so, or the name pattern ends in .pdf. */
    private boolean makesPdf() {
        String chosen = format != null ? format : name;
        return chosen.toLowerCase(java.util.Locale.ROOT).endsWith("pdf");
    }
}
