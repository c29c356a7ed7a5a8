package org.advocate.deliver;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns a {@link MessageSpec} into the bytes of an RFC 5322 message: {@code multipart/mixed} of a
 * {@code multipart/alternative} (plain text, then HTML) and the attached letter. Everything that
 * could vary between two runs is fixed by the spec: the Date and Message-ID come from it, and each
 * MIME boundary is made from a hash of the content, so the same spec gives the same bytes. Blind
 * copies never appear in the bytes.
 */
final class MessageBuilder {
    private static final DateTimeFormatter RFC_5322 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private final Session session;

    MessageBuilder() {
        Properties props = new Properties();
        // Attachment names in RFC 2231 form when not ASCII; headers encoded as UTF-8.
        props.setProperty("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(props);
    }

    /** The message's bytes. */
    byte[] build(MessageSpec spec) {
        try {
            String seed = boundarySeed(spec);
            MimeMessage message = new FixedMessage(session, spec.messageId());
            message.setHeader("Date", RFC_5322.format(spec.date()));
            message.setHeader("From", Headers.mailbox(spec.fromAddress(), spec.fromName(), 6));
            message.setHeader("Reply-To", Headers.mailbox(spec.fromAddress(), spec.fromName(), 10));
            message.setHeader("To", Headers.mailbox(spec.to(), spec.toName(), 4));
            if (!spec.cc().isEmpty()) {
                StringBuilder cc = new StringBuilder();
                for (String address : spec.cc()) {
                    cc.append(cc.isEmpty() ? "" : ", ").append(Addresses.of(address).getAddress());
                }
                message.setHeader("Cc", jakarta.mail.internet.MimeUtility.fold(4, cc.toString()));
            }
            message.setHeader("Subject", Headers.text(spec.subject(), 9));

            MimeMultipart alternative = new FixedMultipart("alternative", seed + "_alt");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(spec.text(), "UTF-8", "plain");
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(spec.html(), "UTF-8", "html");
            alternative.addBodyPart(html);

            if (spec.attachment() == null) {
                message.setContent(alternative);
            } else {
                MimeMultipart mixed = new FixedMultipart("mixed", seed + "_mix");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                MimeBodyPart file = new MimeBodyPart();
                MessageSpec.Attachment a = spec.attachment();
                file.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(a.bytes(), a.mimeType())));
                file.setFileName(a.fileName());
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return crlf(out.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot make the message: " + e.getMessage(), e);
        }
    }

    /**
     * The message with every line ending CRLF, as RFC 5322 wants in a file too (the bodies are
     * written with the line ends they have; SMTP would make them CRLF on the wire).
     */
    private static byte[] crlf(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 256);
        for (int i = 0; i < message.length; i++) {
            byte b = message[i];
            if (b == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(b);
            if (b == '\r' && (i + 1 == message.length || message[i + 1] != '\n')) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** A hash of what the message carries: its boundaries cannot occur in its content. */
    private static String boundarySeed(MessageSpec spec) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(spec.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(spec.html().getBytes(StandardCharsets.UTF_8));
            if (spec.attachment() != null) {
                digest.update((byte) 0);
                digest.update(spec.attachment().bytes());
            }
            return "=_advocate_" + HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A message whose Message-ID is the one given, not one made up when it is saved. */
    private static final class FixedMessage extends MimeMessage {
        private final String id;

        FixedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }

    /** A multipart whose boundary is the one given, not a random one. */
    private static final class FixedMultipart extends MimeMultipart {
        FixedMultipart(String subtype, String boundary) throws MessagingException {
            super(subtype);
            ParameterList params = new ParameterList();
            params.set("boundary", boundary);
            contentType = new ContentType("multipart", subtype, params).toString();
        }
    }
}
