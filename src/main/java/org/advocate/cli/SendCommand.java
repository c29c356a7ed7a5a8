package org.advocate.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.ExitCode;
import org.advocate.compose.Composer;
import org.advocate.deliver.SendJob;
import org.advocate.deliver.SendOptions;
import org.advocate.deliver.SendSummary;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.RowFormat;
import org.advocate.output.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advocate send}: each letter as an e-mail, drafted as .eml or sent over SMTP. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Deliver a letter, or one letter per row, by e-mail: text and HTML bodies with the PDF"
                    + " attached, from the organization's address to the recipient's"
                    + " (recipient.email). Without --send, each message is written as an .eml file"
                    + " in --out-dir and nothing is sent. A send log in --out-dir keeps any message"
                    + " from being sent twice.",
            ""
        },
        footer = {
            "",
            "SMTP server: ADVOCATE_SMTP_HOST, _PORT, _USER, _SECURITY (starttls or smtps), or"
                    + " ~/.config/advocate/smtp.properties, else the letter's delivery: settings."
                    + " Password: ADVOCATE_SMTP_PASSWORD (only for a server your own settings name)"
                    + " or ~/.netrc.",
            "Exit codes: 0 ok; 1 some messages failed or are uncertain; 3 invalid input;"
                    + " 4 template error; 5 output error (a server that cannot be reached)."
        })
final class SendCommand implements Callable<Integer> {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)/(s|min|h)");

    private final CliContext context;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LETTER.yaml", description = "The letter file.")
    Path letterFile;

    @Option(
            names = "--rows",
            paramLabel = "FILE",
            description = "One message per row (CSV, YAML or JSON), as batch reads them.")
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
            description = "The folder of the .eml drafts, the send log and failed.csv.")
    Path outDir;

    @Option(names = "--send", description = "Send the messages (without it: a dry run).")
    boolean send;

    @Option(
            names = "--to",
            paramLabel = "ADDRESS",
            description = "Send every message to this one test address instead of its recipient.")
    String to;

    @Option(names = "--cc", description = "Copy the letter's delivery.cc addresses.")
    boolean cc;

    @Option(names = "--bcc-self", description = "Send the organization a blind copy of each.")
    boolean bccSelf;

    @Option(
            names = "--attach",
            paramLabel = "FORMAT",
            defaultValue = "pdf",
            description =
                    "The attached letter's format (pdf, docx, html, md) or none. Default: pdf.")
    String attach;

    @Option(
            names = "--rate",
            paramLabel = "N/min",
            defaultValue = "20/min",
            description = "The most messages sent per minute (or N/s, N/h). Default: 20/min.")
    String rate;

    @Option(
            names = "--retries",
            paramLabel = "N",
            defaultValue = "3",
            description = "Retries of a temporary (4xx) refusal. Default: 3.")
    int retries;

    @Option(
            names = "--retry-wait",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Wait before the first retry; each next one waits twice as long.")
    double retryWait;

    @Option(
            names = "--resume",
            description = "Finish the run the send log records: skip what the server accepted.")
    boolean resume;

    @Option(
            names = "--resend-uncertain",
            description =
                    "With --resume: send again messages whose transaction started and was not"
                            + " confirmed (the recipient may get two).")
    boolean resendUncertain;

    @Option(names = "--force", description = "Replace the .eml drafts of an earlier dry run.")
    boolean force;

    @Mixin LetterSource source;

    @Mixin LetterInputs inputs;

    SendCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (resendUncertain && !resume) {
            throw new ParameterException(spec.commandLine(), "--resend-uncertain needs --resume");
        }
        if (retries < 0 || retries > 10) {
            throw new ParameterException(spec.commandLine(), "--retries: expected 0 to 10");
        }
        if (!(retryWait >= 0 && retryWait <= 3600)) {
            throw new ParameterException(spec.commandLine(), "--retry-wait: expected 0 to 3600");
        }
        RowFormat chosen = BatchCommand.rowFormat(rowsFormat, spec);
        String home = context.env().getOrDefault("HOME", System.getProperty("user.home"));
        String format = attach.equalsIgnoreCase("none") ? null : attach;
        SendOptions options =
                new SendOptions(
                        rows,
                        chosen,
                        outDir,
                        send,
                        to,
                        cc,
                        bccSelf,
                        format,
                        perMinute(),
                        resume,
                        resendUncertain,
                        force,
                        retries,
                        Duration.ofMillis(Math.round(retryWait * 1000)),
                        inputs.allowEmpty,
                        new OutputOptions(
                                inputs.paper("pdf".equalsIgnoreCase(format)),
                                false,
                                inputs.envelope(),
                                inputs.fonts()),
                        context.env(),
                        Path.of(home));
        LetterSource.Prepared prepared = source.prepare(letterFile, context);
        SendSummary summary;
        try (Composer composer = prepared.composer(context, Warnings.printer(context))) {
            PreparedLetter letter = composer.prepare(prepared.input(), inputs.options(prepared));
            summary =
                    new SendJob(composer, letter, letterFile.toString(), options)
                            .run(context.out(), context.err());
        }
        return summary.clean() ? ExitCode.OK.code() : ExitCode.INTERNAL.code();
    }

    private double perMinute() {
        Matcher m = RATE.matcher(rate.strip());
        double n = m.matches() ? Double.parseDouble(m.group(1)) : 0;
        if (n <= 0) {
            throw new ParameterException(
                    spec.commandLine(), "--rate: expected N/min, N/s or N/h, found '" + rate + "'");
        }
        return switch (m.group(2)) {
            case "s" -> n * 60;
            case "h" -> n / 60;
            default -> n;
        };
    }
}
