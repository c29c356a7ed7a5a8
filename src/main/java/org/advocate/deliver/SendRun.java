package org.advocate.deliver;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.advocate.OutputException;
import org.advocate.batch.FailedRows;
import org.advocate.output.AtomicFiles;

/**
 * The sending part of a send run: the send log, the connection, failed.csv, and each letter handed
 * to the {@link Sender} in row order. A server that cannot be reached stops the run (exit 5) with
 * the rest of the messages not sent; every other outcome is one line per message.
 */
final class SendRun {
    private final SendJob job;
    private final Path dir;
    private final SmtpSettings settings;
    private final List<String> columns;
    private final int count;
    private final long start;

    SendRun(
            SendJob job,
            Path dir,
            SmtpSettings settings,
            List<String> columns,
            int count,
            long start) {
        this.job = job;
        this.dir = dir;
        this.settings = settings;
        this.columns = columns;
        this.count = count;
        this.start = start;
    }

    SendSummary run(PrintWriter out, PrintWriter err) {
        SendOptions options = job.options();
        int[] tally = new int[Sender.Status.values().length];
        Mailer.Broken[] stopped = {null};
        Path failedFile = dir.resolve(SendJob.failedFile());
        FailedRows failed =
                new FailedRows(dir.resolve(AtomicFiles.TEMP_PREFIX + "send-failed.tmp"), columns);
        try (SendLog log = SendLog.open(dir, options.resume());
                Mailer mailer = new SmtpMailer(settings)) {
            Sender sender = new Sender(mailer, log, options, job.builder(), failed, out);
            job.each(
                    made -> {
                        if (stopped[0] != null) {
                            return;
                        }
                        try {
                            Sender.Status status =
                                    sender.send(
                                            made.number(),
                                            made.label(),
                                            SendJob.cells(made),
                                            job.draft(made, attachWriter()));
                            tally[status.ordinal()]++;
                        } catch (Mailer.Broken e) {
                            stopped[0] = e;
                        }
                    });
        } finally {
            failed.publish(failedFile);
        }
        int done = 0;
        for (int n : tally) {
            done += n;
        }
        SendSummary summary =
                new SendSummary(
                        count,
                        0,
                        tally[Sender.Status.SENT.ordinal()],
                        tally[Sender.Status.SKIPPED.ordinal()],
                        tally[Sender.Status.FAILED.ordinal()],
                        tally[Sender.Status.UNCERTAIN.ordinal()],
                        count - done,
                        SendJob.seconds(start));
        out.flush();
        String where =
                summary.failed() > 0
                        ? "; failed rows in " + options.outDir().resolve(failedFile.getFileName())
                        : "";
        err.println(
                "advocate: "
                        + summary.line(false)
                        + where
                        + "; send log in "
                        + options.outDir().resolve(SendLog.NAME));
        err.flush();
        if (stopped[0] != null) {
            throw new OutputException(stopped[0].getMessage(), stopped[0]);
        }
        return summary;
    }

    private org.advocate.output.LetterWriter attachWriter() {
        return job.attachWriter();
    }
}
