package org.advocate.deliver;

import java.io.PrintWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.advocate.batch.FailedRows;

/**
 * Sends each message once, as the send log allows: a message the log records as accepted is
 * skipped, one recorded as started and not accepted is reported uncertain (and sent only with
 * {@code --resend-uncertain}), any other is sent, with its {@code started} line on the disk before
 * its transaction begins and its {@code accepted} line after. A temporary refusal (4xx) is retried
 * after a wait that doubles each time; a permanent one (5xx) is not, and the row goes to failed.csv
 * with the server's reply.
 */
final class Sender {
    /** What became of one message. */
    enum Status {
        SENT,
        SKIPPED,
        FAILED,
        UNCERTAIN
    }

    private final Mailer mailer;
    private final SendLog log;
    private final SendOptions options;
    private final MessageBuilder builder;
    private final FailedRows failed;
    private final PrintWriter out;
    private final long interval;
    private long next;

    Sender(
            Mailer mailer,
            SendLog log,
            SendOptions options,
            MessageBuilder builder,
            FailedRows failed,
            PrintWriter out) {
        this.mailer = mailer;
        this.log = log;
        this.options = options;
        this.builder = builder;
        this.failed = failed;
        this.out = out;
        this.interval = (long) (60e9 / options.perMinute());
    }

    /**
     * Sends one message.
     *
     * @param number the row's number (the log's key)
     * @param label the row's name in messages
     * @param cells the row's cells, for failed.csv
     * @param draft the message
     * @throws Mailer.Broken when the server cannot be reached: the run stops, nothing of this
     *     message was sent
     */
    Status send(int number, String label, Map<String, String> cells, MessageSpec draft)
            throws Mailer.Broken {
        String to = draft.to();
        SendLog.Entry earlier = log.entry(number);
        if (earlier != null && !earlier.address().equals(to)) {
            return fail(
                    label,
                    to,
                    cells,
                    "the send log records this row as sent to "
                            + earlier.address()
                            + ", not "
                            + to
                            + "; the rows changed since the run began");
        }
        if (earlier != null && earlier.state() == SendLog.State.ACCEPTED) {
            report(
                    label,
                    to,
                    "skipped (accepted in an earlier run as <" + earlier.messageId() + ">)");
            return Status.SKIPPED;
        }
        if (earlier != null
                && earlier.state() == SendLog.State.STARTED
                && !options.resendUncertain()) {
            report(
                    label,
                    to,
                    "uncertain: <"
                            + earlier.messageId()
                            + "> was being sent when an earlier run stopped; check the"
                            + " recipient's mailbox or the server's log, then resend it with"
                            + " --resend-uncertain or leave it");
            return Status.UNCERTAIN;
        }
        String id = LetterMessages.messageId(log.runId(), number, draft.fromAddress());
        for (int attempt = 0; ; attempt++) {
            pace();
            mailer.connect();
            byte[] bytes = builder.build(draft.at(Instant.now(), id));
            String sha = sha256(bytes);
            log.started(number, to, id, sha);
            TestHalts.at("before", number);
            try {
                String reply =
                        mailer.send(
                                bytes,
                                draft.fromAddress(),
                                draft.envelope(),
                                () -> TestHalts.at("during", number));
                TestHalts.at("after", number);
                log.accepted(number, to, id, sha, reply);
                report(label, to, "sent as <" + id + ">");
                return Status.SENT;
            } catch (Mailer.Refused refused) {
                log.failed(number, to, id, sha, refused.getMessage());
                if (refused.temporary() && attempt < options.retries()) {
                    sleep(options.backoff().multipliedBy(1L << attempt));
                    continue;
                }
                return fail(label, to, cells, refused.getMessage());
            } catch (Mailer.Broken broken) {
                report(
                        label,
                        to,
                        "uncertain: the connection broke during the transaction of <"
                                + id
                                + "> ("
                                + broken.getMessage()
                                + "); check the recipient's mailbox, then --resume"
                                + " --resend-uncertain or leave it");
                return Status.UNCERTAIN;
            }
        }
    }

    private Status fail(String label, String to, Map<String, String> cells, String reason) {
        report(label, to, "failed: " + reason);
        failed.add(cells, reason);
        return Status.FAILED;
    }

    private void report(String label, String to, String what) {
        out.println(label + (to.isEmpty() ? "" : " " + to) + ": " + what);
        out.flush();
    }

    /** Waits until the rate allows the next message. */
    private void pace() {
        long now = System.nanoTime();
        if (next > now) {
            sleep(Duration.ofNanos(next - now));
            now = System.nanoTime();
        }
        next = Math.max(now, next) + interval;
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
