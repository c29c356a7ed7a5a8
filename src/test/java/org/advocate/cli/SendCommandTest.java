package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code advocate send} end to end: drafts, and messages received by a real SMTP server. */
class SendCommandTest {
    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;

    static final String[] ADDRESSES = {
        "maria.alvarez@senate.example.org",
        "james.whitaker@senate.example.org",
        "aisha.bello@senate.example.org"
    };

    private Cli smtp() {
        return new Cli()
                .env("HOME", dir.resolve("home").toString())
                .env("ADVOCATE_SMTP_HOST", "127.0.0.1")
                .env("ADVOCATE_SMTP_PORT", Integer.toString(MAIL.getSmtp().getPort()));
    }

    private String[] send(Path campaign, Path out, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "send",
                                campaign.resolve("letter.yaml").toString(),
                                "--rows",
                                campaign.resolve("rows.csv").toString(),
                                "--out-dir",
                                out.toString(),
                                "--rate",
                                "600/s"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aDryRunWritesOneMessagePerRowSendsNothingAndIsReproducible() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        Cli.Result first = smtp().run(send(campaign, dir.resolve("a")));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("3 messages: 3 written as .eml, none sent");
        Cli.Result second = smtp().run(send(campaign, dir.resolve("b")));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        List<Path> drafts = emls(dir.resolve("a"));
        assertThat(drafts)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "1-maria.alvarez@senate.example.org.eml",
                        "2-james.whitaker@senate.example.org.eml",
                        "3-aisha.bello@senate.example.org.eml");
        for (Path draft : drafts) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(draft.getFileName())))
                    .as("two dry runs are byte-identical")
                    .isEqualTo(Files.readAllBytes(draft));
        }
        MimeMessage message = parse(Files.readAllBytes(drafts.get(0)));
        assertThat(message.getHeader("From")[0])
                .isEqualTo("Example State Coalition for Safety and Rights <office@example.org>");
        assertThat(message.getHeader("Reply-To")[0]).contains("<office@example.org>");
        assertThat(message.getHeader("To")[0])
                .isEqualTo("Maria Alvarez <maria.alvarez@senate.example.org>");
        assertThat(message.getSubject())
                .isEqualTo("Please vote for the Community Safety and Health Act (Senate Bill 412)");
        assertThat(message.getHeader("Date")[0]).isEqualTo("Tue, 2 Apr 2024 12:00:00 +0000");
        assertThat(message.getHeader("Bcc")).isNull();
        Body body = Body.of(message);
        assertThat(body.text).contains("Dear Senator Alvarez,").doesNotContain("advocate:section");
        assertThat(body.html).contains("<html lang=\"en-US\">", "<p>Dear Senator Alvarez,</p>");
        assertThat(body.attachmentName).endsWith(".pdf");
        assertThat(new String(body.attachment, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        Cli.Result again = smtp().run(send(campaign, dir.resolve("a")));
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains(".eml drafts of an earlier run; --force replaces them");
    }

    @Test
    void sendingGivesEachRecipientExactlyOneMessageAndResumeSendsNoneAgain() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        Path out = dir.resolve("out");
        Cli.Result sent = smtp().run(send(campaign, out, "--send", "--bcc-self"));
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.err()).contains("3 messages: 3 sent, 0 skipped, 0 failed, 0 uncertain");
        for (String address : ADDRESSES) {
            assertThat(receivedBy(address)).as(address).hasSize(1);
        }
        assertThat(receivedBy("office@example.org")).as("the blind copies").hasSize(3);
        MimeMessage first = receivedBy(ADDRESSES[0]).get(0);
        assertThat(first.getHeader("Bcc")).isNull();
        assertThat(first.getMessageID()).matches("<advocate\\.[0-9a-f]{16}\\.1@example\\.org>");
        assertThat(Body.of(first).text).contains("Dear Senator Alvarez,");
        assertThat(Body.of(first).attachment).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(out.resolve("send-log.tsv")))
                .contains("accepted\t1\t" + ADDRESSES[0]);

        Cli.Result resumed = smtp().run(send(campaign, out, "--send", "--resume"));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("3 sent".replace("3", "0"), "3 skipped");
        assertThat(MAIL.getReceivedMessages()).hasSize(6);

        Cli.Result twice = smtp().run(send(campaign, out, "--send"));
        assertThat(twice.code()).isEqualTo(5);
        assertThat(twice.err()).contains("a send log of an earlier run is here; --resume");
        assertThat(MAIL.getReceivedMessages()).hasSize(6);
    }

    @Test
    void toSendsEveryMessageToOneTestAddress() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        Cli.Result r =
                smtp().run(
                                send(
                                        campaign,
                                        dir.resolve("out"),
                                        "--send",
                                        "--to",
                                        "tester@example.net",
                                        "--attach",
                                        "none"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(receivedBy("tester@example.net")).hasSize(3);
        for (String address : ADDRESSES) {
            assertThat(receivedBy(address)).isEmpty();
        }
    }

    @Test
    void aDocxAttachmentIsAWordDocumentWithItsMediaType() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        Cli.Result r = smtp().run(send(campaign, dir.resolve("d"), "--attach", "docx"));
        assertThat(r.code()).as(r.err()).isZero();
        MimeMessage message = parse(Files.readAllBytes(emls(dir.resolve("d")).get(0)));
        Body body = Body.of(message);
        assertThat(body.attachmentName).endsWith(".docx");
        assertThat(body.attachmentType)
                .startsWith(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(body.attachment, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
    }

    @Test
    void badOrMissingAddressesStopTheRunBeforeAnythingIsSent() throws Exception {
        Path campaign =
                SendFixture.campaign(
                        dir.resolve("c"),
                        "",
                        "a@example.org, b@example.org",
                        "Maria <m@example.org>",
                        "");
        Cli.Result r = smtp().run(send(campaign, dir.resolve("out"), "--send"));
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err())
                .contains(
                        "rows.csv:2 (row 2), column \"recipient.email\": recipient.email:"
                                + " 'a@example.org, b@example.org' is a list; give one address per"
                                + " cell",
                        "rows.csv:3 (row 3), column \"recipient.email\": recipient.email: 'Maria"
                                + " <m@example.org>': give the bare address",
                        "(row 4)",
                        "recipient.email: no e-mail address");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();

        Cli.Result check =
                Cli.exec(
                        "check",
                        campaign.resolve("letter.yaml").toString(),
                        "--rows",
                        campaign.resolve("rows.csv").toString());
        assertThat(check.code()).isEqualTo(6);
        assertThat(check.out())
                .contains(
                        "rows.csv:2: error: row 2, column \"recipient.email\": recipient.email:"
                                + " 'a@")
                .contains(
                        "rows.csv:3: error: row 3, column \"recipient.email\": recipient.email:"
                                + " 'Maria")
                .as("a missing address is no error in a letter not meant to be mailed")
                .doesNotContain("rows.csv:4");

        Path mailed =
                SendFixture.campaign(
                        dir.resolve("mailed"),
                        "delivery:\n  host: smtp.example.org\n",
                        "a@example.org",
                        "");
        Cli.Result missing =
                Cli.exec(
                        "check",
                        mailed.resolve("letter.yaml").toString(),
                        "--rows",
                        mailed.resolve("rows.csv").toString());
        assertThat(missing.code()).isEqualTo(6);
        assertThat(missing.out())
                .contains("row 3", "recipient.email: no e-mail address")
                .doesNotContain("rows.csv:2");
    }

    /** The messages in one mailbox: GreenMail delivers one copy per envelope recipient. */
    static List<MimeMessage> receivedBy(String address) {
        return MAIL.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                .toList();
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    static List<Path> emls(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    /** A message's text and HTML bodies and its attachment. */
    static final class Body {
        String text;
        String html;
        String attachmentName;
        String attachmentType;
        byte[] attachment;

        static Body of(Message message) throws Exception {
            Body body = new Body();
            body.walk(message);
            return body;
        }

        private void walk(Part part) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) part.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    walk(mp.getBodyPart(i));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachmentName = part.getFileName();
                attachmentType = part.getContentType();
                attachment = part.getInputStream().readAllBytes();
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}
