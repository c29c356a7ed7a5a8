package org.advocate.deliver;

import java.time.Instant;
import java.util.List;

/**
 * One message, as plain values: what {@link MessageBuilder} turns into RFC 5322 bytes.
 *
 * @param fromAddress the sender's address (the organization's)
 * @param fromName the sender's name, or null
 * @param to the one recipient's address
 * @param toName the recipient's name, or null
 * @param cc addresses copied openly, possibly none
 * @param bcc addresses copied blind, possibly none (they go in the envelope, never in a header)
 * @param subject the subject line
 * @param text the plain-text alternative
 * @param html the HTML alternative
 * @param attachment the letter as a file, or null
 * @param date the Date header
 * @param messageId the Message-ID, without angle brackets
 */
record MessageSpec(
        String fromAddress,
        String fromName,
        String to,
        String toName,
        List<String> cc,
        List<String> bcc,
        String subject,
        String text,
        String html,
        Attachment attachment,
        Instant date,
        String messageId) {

    MessageSpec {
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /**
     * A file attached to the message.
     *
     * @param fileName its name
     * @param mimeType its media type
     * @param bytes its content
     */
    record Attachment(String fileName, String mimeType, byte[] bytes) {}

    /** Every address the message goes to: the recipient, the copies and the blind copies. */
    List<String> envelope() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(to);
        all.addAll(cc);
        all.addAll(bcc);
        return all;
    }

    /** The same message with another Date and Message-ID (the time it is sent, the run's id). */
    MessageSpec at(Instant when, String id) {
        return new MessageSpec(
                fromAddress,
                fromName,
                to,
                toName,
                cc,
                bcc,
                subject,
                text,
                html,
                attachment,
                when,
                id);
    }
}
