package org.advocate.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Fuzzes the message headers with any sender name, subject and recipient name (the input split at
 * NUL bytes): the message is ASCII, every line ends in CRLF and is at most 998 characters, its
 * headers are exactly the ones advocate writes (no text can start one of its own: no header
 * injection), and the names and subject read back, decoded from RFC 2047, as they were given (line
 * breaks and other controls made spaces). Plain {@code mvn test} replays {@code
 * HeadersFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=HeadersFuzzTest} searches for more.
 */
class HeadersFuzzTest {
    private static final List<String> HEADERS =
            List.of(
                    "Date",
                    "From",
                    "Reply-To",
                    "To",
                    "Message-ID",
                    "Subject",
                    "MIME-Version",
                    "Content-Type");

    private static final MessageBuilder BUILDER = new MessageBuilder();

    @FuzzTest(maxDuration = "5m")
    void anyNameAndSubjectMakeOnlyAdvocatesHeaders(byte[] bytes) throws Exception {
        if (bytes == null) {
            return;
        }
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\0", 3);
        String fromName = parts[0];
        String subject = parts.length > 1 ? parts[1] : "Subject";
        String toName = parts.length > 2 ? parts[2] : null;
        MessageSpec spec =
                new MessageSpec(
                        "office@example.org",
                        fromName,
                        "maria@example.org",
                        toName,
                        List.of(),
                        List.of("blind@example.org"),
                        subject,
                        "Dear colleagues,\n",
                        "<p>Dear colleagues,</p>",
                        null,
                        Instant.parse("2024-04-02T12:00:00Z"),
                        "advocate.draft.1@example.org");
        byte[] message = BUILDER.build(spec);
        for (byte b : message) {
            assertThat(b & 0xff).as("ASCII only").isLessThan(0x80);
        }
        String text = new String(message, StandardCharsets.US_ASCII);
        String head = text.substring(0, text.indexOf("\r\n\r\n") + 2);
        List<String> names = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
            assertThat(line.length()).as(line).isLessThanOrEqualTo(998);
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                names.add(line.substring(0, line.indexOf(':')));
            }
        }
        assertThat(names).isEqualTo(HEADERS);
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");

        MimeMessage parsed =
                new MimeMessage(
                        Session.getInstance(new Properties()), new ByteArrayInputStream(message));
        assertThat(squeeze(parsed.getSubject())).isEqualTo(squeeze(Headers.oneLine(subject)));
        InternetAddress from = (InternetAddress) parsed.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("office@example.org");
        assertThat(squeeze(from.getPersonal())).isEqualTo(squeeze(cut(Headers.oneLine(fromName))));
        InternetAddress to =
                (InternetAddress) parsed.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("maria@example.org");
        assertThat(parsed.getRecipients(MimeMessage.RecipientType.TO)).hasSize(1);
        assertThat(parsed.getHeader("Bcc")).isNull();
        assertThat(parsed.getHeader("Cc")).isNull();
    }

    private static String cut(String name) {
        return name.codePointCount(0, name.length()) > Headers.MAX_NAME
                ? name.substring(0, name.offsetByCodePoints(0, Headers.MAX_NAME))
                : name;
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
