package org.advocate.deliver;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.Problem;
import org.advocate.batch.BatchCheck;
import org.advocate.batch.FailedRows;
import org.advocate.batch.Shard;
import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.AtomicFiles;
import org.advocate.output.LetterWriter;

/**
 * One {@code advocate send} run. First every letter is checked as a batch checks its rows ({@link
 * BatchCheck}: fields, rendering, and every address), and nothing is written or sent unless all
 * pass. Then each letter is made once more, in row order, and written as an {@code .eml} draft (a
 * dry run) or sent ({@link Sender}).
 */
public final class SendJob {
    private final Composer composer;
    private final PreparedLetter letter;
    private final SendOptions options;
    private final String letterFile;
    private final MessageBuilder builder = new MessageBuilder();
    private final LetterMessages messages = new LetterMessages();

    /**
     * @param composer binds, renders and writes the letters
     * @param letter the parsed letter file
     * @param letterFile the letter file's name, for messages
     * @param options what to do
     */
    public SendJob(
            Composer composer, PreparedLetter letter, String letterFile, SendOptions options) {
        this.composer = composer;
        this.letter = letter;
        this.letterFile = letterFile;
        this.options = options;
    }

    /** One letter to send: its row (null without rows), as bound and rendered. */
    record Made(Row row, int number, String label, Letter letter, RenderedLetter rendered) {}

    /**
     * Runs the job.
     *
     * @param out where each message's outcome is printed
     * @param err where warnings and the summary go
     * @return the totals
     */
    public SendSummary run(PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        LetterWriter attach = attachWriter();
        if (options.to() != null && Addresses.problem(options.to()) != null) {
            throw invalid(new Problem("--to", "", Addresses.problem(options.to())));
        }
        Set<String> columns = new LinkedHashSet<>();
        int[] count = {0};
        Letter first = check(attach, columns, count);
        Path dir = options.outDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(options.outDir() + ": cannot create: " + e.getMessage(), e);
        }
        if (!options.send()) {
            refuseEarlierDrafts(dir);
            int[] drafts = {0};
            int width = Integer.toString(Math.max(1, count[0])).length();
            each(
                    made -> {
                        MessageSpec spec = draft(made, attach);
                        String name =
                                String.format("%0" + width + "d", made.number())
                                        + "-"
                                        + spec.to().replaceAll("[^A-Za-z0-9@._+-]", "_")
                                        + ".eml";
                        byte[] bytes = builder.build(spec);
                        AtomicFiles.publish(
                                dir.resolve(name), options.force(), o -> o.write(bytes));
                        out.println(made.label() + " -> " + options.outDir().resolve(name));
                        drafts[0]++;
                    });
            out.flush();
            SendSummary summary =
                    new SendSummary(count[0], drafts[0], 0, 0, 0, 0, 0, seconds(start));
            err.println("advocate: " + summary.line(true));
            err.flush();
            return summary;
        }
        SmtpSettings settings =
                SmtpSettings.resolve(
                        options.env(),
                        options.home(),
                        first.delivery(),
                        letterFile,
                        w -> err.println("advocate: warning: " + w));
        return new SendRun(this, dir, settings, List.copyOf(columns), count[0], start)
                .run(out, err);
    }

    /** The message of one letter, as a draft. */
    MessageSpec draft(Made made, LetterWriter attach) {
        MessageSpec.Attachment file = null;
        if (attach != null) {
            try {
                byte[] bytes = composer.bytes(made.rendered(), attach, options.output());
                String type = mediaType(attach.name());
                file =
                        new MessageSpec.Attachment(
                                LetterMessages.fileName(
                                        made.rendered().metadata().title(),
                                        attach.extensions().get(0)),
                                type + (type.startsWith("text/") ? "; charset=UTF-8" : ""),
                                bytes);
            } catch (IOException e) {
                throw new OutputException("cannot make the attachment: " + e.getMessage(), e);
            }
        }
        return messages.draft(made.letter(), made.rendered(), made.number(), file, options);
    }

    /** Every letter, in row order, bound and rendered. */
    void each(java.util.function.Consumer<Made> action) {
        if (options.rows() == null) {
            Letter bound = letter.bind(composer.defaultDate());
            action.accept(new Made(null, 1, letterFile, bound, composer.render(bound)));
            return;
        }
        try (RowReader rows =
                RowReader.open(options.rows(), options.rowsFormat(), options.allowEmpty())) {
            while (rows.hasNext()) {
                Row row = rows.next();
                Letter bound = composer.bind(letter, row);
                action.accept(
                        new Made(
                                row,
                                row.number(),
                                row.label(),
                                bound,
                                composer.render(bound, row.cells())));
            }
        }
    }

    /**
     * Checks every letter before anything is written or sent; returns the first one's letter.
     * Throws with every problem found.
     */
    private Letter check(LetterWriter attach, Set<String> columns, int[] count) {
        List<Problem> problems = new ArrayList<>();
        Letter[] first = {null};
        BatchCheck.RowRule rule =
                (row, bound) -> {
                    count[0]++;
                    if (row != null) {
                        columns.addAll(row.cells().keySet());
                    }
                    if (first[0] == null) {
                        first[0] = bound;
                    }
                    List<Problem> found =
                            new ArrayList<>(
                                    AddressCheck.forSend(row, bound, options.to(), options.cc()));
                    if (attach != null) {
                        found.addAll(composer.check(bound, attach, options.output()));
                    }
                    return found;
                };
        if (options.rows() == null) {
            try {
                Letter bound = letter.bind(composer.defaultDate());
                composer.render(bound);
                problems.addAll(rule.check(null, bound));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        } else {
            problems.addAll(
                    new BatchCheck(composer, letter)
                            .check(
                                    options.rows(),
                                    options.rowsFormat(),
                                    null,
                                    null,
                                    null,
                                    options.allowEmpty(),
                                    rule)
                            .problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return first[0];
    }

    /** A dry run does not replace the drafts of an earlier one unless told to. */
    private void refuseEarlierDrafts(Path dir) {
        if (options.force()) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".eml"))) {
                throw new OutputException(
                        options.outDir()
                                + ": holds .eml drafts of an earlier run; --force replaces them");
            }
        } catch (IOException e) {
            throw new OutputException(options.outDir() + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** The media type of an attached letter in a writer's format. */
    static String mediaType(String format) {
        return switch (format) {
            case "pdf" -> "application/pdf";
            case "docx" ->
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "html" -> "text/html";
            default -> "text/markdown";
        };
    }

    /** The writer of the attached letter, or null for none. */
    LetterWriter attachWriter() {
        if (options.attach() == null) {
            return null;
        }
        return composer.writers()
                .byName(options.attach())
                .orElseThrow(
                        () ->
                                invalid(
                                        new Problem(
                                                "--attach",
                                                "",
                                                "unknown format '"
                                                        + options.attach()
                                                        + "'; known: "
                                                        + composer.writers().names())));
    }

    SendOptions options() {
        return options;
    }

    MessageBuilder builder() {
        return builder;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The failed-rows file of a send run. */
    static String failedFile() {
        return FailedRows.fileName(Shard.ALL);
    }

    /** Cells of a made letter for failed.csv. */
    static Map<String, String> cells(Made made) {
        return made.row() == null ? Map.of() : made.row().cells();
    }

    private static InputException invalid(Problem problem) {
        return new InputException(java.util.List.of(problem));
    }
}
