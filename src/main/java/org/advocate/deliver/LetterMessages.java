package org.advocate.deliver;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;

/**
 * Makes a letter's message: who it is from and to, its subject, its text and HTML bodies and its
 * attachment. The Date and Message-ID of a draft (a dry run's {@code .eml}) are fixed: noon UTC on
 * the letter's date, and an id made of the row's number; a sent message gets the time it is sent
 * and the run's id ({@link MessageSpec#at}).
 */
final class LetterMessages {
    private final Alternatives alternatives = new Alternatives();

    /**
     * The draft of one letter's message.
     *
     * @param letter the letter as bound
     * @param rendered its Markdown and metadata
     * @param number the row's number (1 for a letter without rows)
     * @param attachment the letter as a file, or null
     * @param options what the command asked for
     */
    MessageSpec draft(
            Letter letter,
            RenderedLetter rendered,
            int number,
            MessageSpec.Attachment attachment,
            SendOptions options) {
        String from = letter.organization().email().strip();
        String to = options.to() != null ? options.to().strip() : letter.recipient().email();
        List<String> cc = new ArrayList<>();
        if (options.cc()) {
            letter.delivery().cc().forEach(a -> cc.add(a.strip()));
        }
        List<String> bcc = options.bccSelf() ? List.of(from) : List.of();
        String subject = letter.subject() != null ? letter.subject() : rendered.metadata().title();
        String toName =
                letter.recipient().name() != null
                        ? letter.recipient().name()
                        : letter.recipient().organization();
        Instant date = letter.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
        return new MessageSpec(
                from,
                letter.organization().name(),
                to.strip(),
                options.to() != null ? null : toName,
                cc,
                bcc,
                subject,
                alternatives.text(rendered.markdown()),
                alternatives.html(
                        rendered.markdown(), letter.locale(), rendered.metadata().title()),
                attachment,
                date,
                messageId("draft", number, from));
    }

    /** A Message-ID: advocate, the run, the row, at the sender's domain. */
    static String messageId(String run, int number, String from) {
        String domain = from.substring(from.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return "advocate." + run + "." + number + "@" + domain;
    }

    /** A file name for the attachment, from the letter's title: letters, digits and dashes. */
    static String fileName(String title, String extension) {
        String base =
                java.text.Normalizer.normalize(
                                title == null ? "" : title, java.text.Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "letter" : base) + "." + extension;
    }
}
