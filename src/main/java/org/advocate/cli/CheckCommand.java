package org.advocate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.check.Finding;
import org.advocate.check.FindingFormat;
import org.advocate.check.LetterCheck;
import org.advocate.check.Severity;
import org.advocate.check.StyleRules;
import org.advocate.load.Dates;
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
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
                                                        + "'; known: text, json, github"));
        List<Finding> findings = new ArrayList<>();
        try {
            LetterSource.Prepared prepared = source.prepare(letterFile, context);
            StyleRules style = StyleRules.of(prepared.library());
            if (maxWords != null) {
                style = new StyleRules(style.origin(), style.rules(), maxWords);
            }
            findings.addAll(
                    new LetterCheck(prepared.library(), style)
                            .check(
                                    prepared.input(),
                                    prepared.sets(),
                                    Dates.defaultDate(context.env(), context.clock())));
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
        }
        boolean failed = errors > 0 || (strict && warnings > 0);
        return failed ? ExitCode.CHECK.code() : ExitCode.OK.code();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
