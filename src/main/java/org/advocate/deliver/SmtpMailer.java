package org.advocate.deliver;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends over SMTP with Angus Mail, on one connection kept open between messages. The connection is
 * STARTTLS-required or SMTPS with the server's identity checked, except to a loopback server
 * ({@link SmtpSettings#loopback()}), which is reached in plain text.
 */
final class SmtpMailer implements Mailer {
    private static final String TIMEOUT_MS = "60000";

    private final SmtpSettings settings;
    private final Session session;
    private final String protocol;
    private Transport transport;

    SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        this.protocol = settings.smtps() ? "smtps" : "smtp";
        this.session = Session.getInstance(properties(settings));
    }

    /** The session's properties: what the connection requires. */
    static Properties properties(SmtpSettings s) {
        String p = "mail." + (s.smtps() ? "smtps" : "smtp") + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", s.host());
        props.setProperty(p + "port", Integer.toString(s.port()));
        props.setProperty(p + "connectiontimeout", TIMEOUT_MS);
        props.setProperty(p + "timeout", TIMEOUT_MS);
        props.setProperty(p + "writetimeout", TIMEOUT_MS);
        props.setProperty(p + "auth", Boolean.toString(s.password() != null));
        if (!s.loopback()) {
            if (s.smtps()) {
                props.setProperty(p + "ssl.enable", "true");
            } else {
                props.setProperty(p + "starttls.enable", "true");
                props.setProperty(p + "starttls.required", "true");
            }
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    @Override
    public void connect() throws Broken {
        if (transport != null && transport.isConnected()) {
            return;
        }
        try {
            transport = session.getTransport(protocol);
            transport.connect(
                    settings.host(), settings.port(), settings.user(), settings.password());
        } catch (MessagingException e) {
            close();
            throw new Broken(
                    "cannot connect to "
                            + settings.host()
                            + ":"
                            + settings.port()
                            + " (named by "
                            + settings.hostFrom()
                            + "): "
                            + oneLine(e),
                    e);
        }
    }

    @Override
    public String send(byte[] bytes, String from, List<String> to, Runnable during)
            throws Refused, Broken {
        connect();
        try {
            MimeMessage message = new Streamed(session, bytes, during);
            Address[] recipients = new Address[to.size()];
            for (int i = 0; i < recipients.length; i++) {
                recipients[i] = new InternetAddress(to.get(i), true);
            }
            session.getProperties().setProperty("mail." + protocol + ".from", from);
            transport.sendMessage(message, recipients);
            String reply =
                    transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : "";
            return reply == null ? "" : reply.strip();
        } catch (MessagingException e) {
            int code = code(e);
            close();
            if (code >= 400) {
                throw new Refused(code, oneLine(e));
            }
            throw new Broken(oneLine(e), e);
        }
    }

    /** The SMTP reply code behind a failure, or 0 when it has none (the connection broke). */
    private static int code(MessagingException e) {
        for (Exception x = e; x != null; ) {
            if (x instanceof SMTPSendFailedException f && f.getReturnCode() >= 400) {
                return f.getReturnCode();
            }
            if (x instanceof SMTPAddressFailedException f && f.getReturnCode() >= 400) {
                return f.getReturnCode();
            }
            x = x instanceof MessagingException m ? m.getNextException() : null;
        }
        return 0;
    }

    private static String oneLine(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        if (e instanceof MessagingException m && m.getNextException() != null) {
            text.append(": ").append(m.getNextException().getMessage());
        }
        return Headers.oneLine(text.toString());
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    /** A message written from its bytes as they are, calling a hook halfway through. */
    private static final class Streamed extends MimeMessage {
        private final Runnable during;

        Streamed(Session session, byte[] bytes, Runnable during) throws MessagingException {
            super(session, new ByteArrayInputStream(bytes));
            this.during = during;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList)
                throws IOException, MessagingException {
            if (during == null) {
                super.writeTo(os, ignoreList);
                return;
            }
            super.writeTo(new Halfway(os, during), ignoreList);
        }

        @Override
        protected void updateMessageID() {
            // The Message-ID is the one the bytes carry.
        }
    }

    /** Calls a hook once, after the first kilobyte is written and flushed. */
    private static final class Halfway extends FilterOutputStream {
        private final Runnable hook;
        private long written;

        Halfway(OutputStream out, Runnable hook) {
            super(out);
            this.hook = hook;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (++written == 1024) {
                out.flush();
                hook.run();
            }
        }
    }
}
