package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advocate send} against a scripted SMTP server: temporary and permanent refusals, where the
 * password goes, and a server without STARTTLS.
 */
class SendServerRepliesTest {
    @TempDir Path dir;

    private String[] send(Path campaign, String... more) {
        java.util.List<String> args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "send",
                                campaign.resolve("letter.yaml").toString(),
                                "--rows",
                                campaign.resolve("rows.csv").toString(),
                                "--out-dir",
                                dir.resolve("out").toString(),
                                "--send",
                                "--attach",
                                "none",
                                "--rate",
                                "600/s",
                                "--retry-wait",
                                "0.01"));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    private Cli own(FakeSmtpServer server, String host) {
        return new Cli()
                .env("HOME", dir.resolve("home").toString())
                .env("ADVOCATE_SMTP_HOST", host)
                .env("ADVOCATE_SMTP_PORT", Integer.toString(server.port()));
    }

    @Test
    void aTemporaryRefusalIsRetriedAndTheMessageArrivesOnce() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", "maria@example.org");
        try (FakeSmtpServer server = new FakeSmtpServer(false, "451 4.3.0 try again later")) {
            Cli.Result r = own(server, "127.0.0.1").run(send(campaign));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(server.accepted).hasSize(1);
            assertThat(server.commands.stream().filter(c -> c.equals("DATA"))).hasSize(2);
        }
        assertThat(Files.readString(dir.resolve("out/send-log.tsv")))
                .containsSubsequence(
                        "started\t1", "failed\t1", "451 4.3.0 try again later", "accepted\t1");
        assertThat(dir.resolve("out/failed.csv")).doesNotExist();
    }

    @Test
    void aPermanentRefusalIsNotRetriedAndItsRowGoesToFailedCsv() throws Exception {
        Path campaign =
                SendFixture.campaign(
                        dir.resolve("c"), "", "maria@example.org", "=james@example.org");
        try (FakeSmtpServer server = new FakeSmtpServer(false, "550 5.1.1 mailbox unavailable")) {
            Cli.Result r = own(server, "127.0.0.1").run(send(campaign));
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("2 messages: 1 sent, 0 skipped, 1 failed, 0 uncertain");
            assertThat(r.out()).contains("(row 2) maria@example.org: ", "(row 3)", "sent as");
            assertThat(server.accepted).hasSize(1);
            assertThat(server.commands.stream().filter(c -> c.equals("DATA"))).hasSize(2);
        }
        String failed = Files.readString(dir.resolve("out/failed.csv"));
        assertThat(failed)
                .startsWith(
                        "Honorific,Name,Title,District,Address line 1,recipient.email,advocate"
                                + " error")
                .contains("Maria Alvarez", "550 5.1.1 mailbox unavailable")
                .doesNotContain("James");
    }

    @Test
    void aFormulaInAFailedRowIsNeutralized() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", "maria@example.org");
        Files.writeString(
                campaign.resolve("rows.csv"),
                Files.readString(campaign.resolve("rows.csv"))
                        .replace("Maria Alvarez", "\"=HYPERLINK(\"\"http://x\"\")\""));
        try (FakeSmtpServer server = new FakeSmtpServer(false, "554 5.7.1 rejected")) {
            Cli.Result r = own(server, "127.0.0.1").run(send(campaign));
            assertThat(r.code()).as(r.err()).isEqualTo(1);
        }
        assertThat(Files.readString(dir.resolve("out/failed.csv"))).contains("'=HYPERLINK(");
    }

    @Test
    void thePasswordIsNeverSentToAServerOnlyTheCampaignFolderNames() throws Exception {
        try (FakeSmtpServer server = new FakeSmtpServer(false)) {
            String delivery =
                    "delivery:\n  host: 127.0.0.1\n  port: "
                            + server.port()
                            + "\n  user: coordinator\n";
            Path campaign = SendFixture.campaign(dir.resolve("c"), delivery, "m@example.org");
            Cli.Result r =
                    new Cli()
                            .env("HOME", dir.resolve("home").toString())
                            .env("ADVOCATE_SMTP_PASSWORD", "s3cret")
                            .run(send(campaign));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(server.accepted).hasSize(1);
            assertThat(server.commands).noneMatch(c -> c.startsWith("AUTH"));
            assertThat(String.join("\n", server.commands)).doesNotContain("s3cret");
            assertThat(r.err())
                    .contains(
                            "ADVOCATE_SMTP_PASSWORD is not sent to 127.0.0.1: that server is named"
                                    + " by");

            // The same server named by the user's own settings gets the password.
            server.commands.clear();
            Cli.Result own =
                    own(server, "127.0.0.1")
                            .env("ADVOCATE_SMTP_USER", "coordinator")
                            .env("ADVOCATE_SMTP_PASSWORD", "s3cret")
                            .run(send(campaign, "--force").clone());
            assertThat(own.code()).as(own.err()).isEqualTo(5);
            assertThat(own.err()).contains("a send log of an earlier run is here");
            Path other = dir.resolve("out2");
            Cli.Result second =
                    own(server, "127.0.0.1")
                            .env("ADVOCATE_SMTP_USER", "coordinator")
                            .env("ADVOCATE_SMTP_PASSWORD", "s3cret")
                            .run(withOut(send(campaign), other));
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(server.commands).anyMatch(c -> c.startsWith("AUTH"));

            // A ~/.netrc entry for the machine the letter names is the user's own choice.
            server.commands.clear();
            Files.createDirectories(dir.resolve("home"));
            Files.writeString(
                    dir.resolve("home/.netrc"),
                    "machine 127.0.0.1 login coordinator password fromnetrc\n");
            Cli.Result netrc =
                    new Cli()
                            .env("HOME", dir.resolve("home").toString())
                            .run(withOut(send(campaign), dir.resolve("out3")));
            assertThat(netrc.code()).as(netrc.err()).isZero();
            assertThat(server.commands).anyMatch(c -> c.startsWith("AUTH"));
        }
    }

    @Test
    void aServerWithoutStartTlsIsRefusedUnlessItIsLoopbackByName() throws Exception {
        String host = InetAddress.getLocalHost().getHostName();
        assumeFalse(host.equalsIgnoreCase("localhost") || host.matches("127(\\.\\d+){3}"));
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", "m@example.org");
        try (FakeSmtpServer server = new FakeSmtpServer(true)) {
            Cli.Result r = own(server, host).run(send(campaign));
            assertThat(r.code()).as(r.err()).isEqualTo(5);
            assertThat(r.err()).contains("cannot connect to " + host, "STARTTLS");
            assertThat(server.commands).noneMatch(c -> c.startsWith("MAIL"));
            assertThat(server.accepted).isEmpty();
        }
    }

    private static String[] withOut(String[] args, Path out) {
        String[] copy = args.clone();
        for (int i = 0; i < copy.length - 1; i++) {
            if (copy[i].equals("--out-dir")) {
                copy[i + 1] = out.toString();
            }
        }
        return copy;
    }
}
