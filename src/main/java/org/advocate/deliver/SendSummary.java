package org.advocate.deliver;

import java.util.Locale;

/**
 * What a send run did with its messages.
 *
 * @param messages the messages the run went through
 * @param drafts the {@code .eml} drafts written (a dry run)
 * @param sent the messages the server accepted in this run
 * @param skipped the messages an earlier run had sent
 * @param failed the messages the server refused (in failed.csv)
 * @param uncertain the messages whose transaction started and was not confirmed
 * @param notSent the messages not tried because the run stopped
 * @param seconds how long the run took
 */
public record SendSummary(
        int messages,
        int drafts,
        int sent,
        int skipped,
        int failed,
        int uncertain,
        int notSent,
        double seconds) {

    /** Whether every message is accounted for as sent or drafted. */
    public boolean clean() {
        return failed == 0 && uncertain == 0 && notSent == 0;
    }

    /** The summary line, e.g. {@code 50 messages: 48 sent, 0 skipped, 1 failed, 1 uncertain}. */
    public String line(boolean dryRun) {
        String head = messages + (messages == 1 ? " message: " : " messages: ");
        String time = String.format(Locale.ROOT, " in %.2f s", seconds);
        if (dryRun) {
            return head + drafts + " written as .eml, none sent (dry run; --send sends)" + time;
        }
        return head
                + sent
                + " sent, "
                + skipped
                + " skipped, "
                + failed
                + " failed, "
                + uncertain
                + " uncertain"
                + (notSent > 0 ? ", " + notSent + " not sent" : "")
                + time;
    }
}
