package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A send run halted like {@code kill -9} before, during and after the SMTP transaction of its
 * second message, in a child JVM, then resumed: every recipient has at most one message, and the
 * one whose transaction was cut is reported uncertain, not sent again.
 */
class SendCrashTest {
    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path dir;

    private static final String[] ADDRESSES = {
        "first@example.org", "second@example.org", "third@example.org"
    };

    private List<String> args(Path campaign, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
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
                                "600/s"));
        args.addAll(List.of(more));
        return args;
    }

    private int child(Path campaign, String haltAt) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dadvocate.test.haltAt=" + haltAt);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args(campaign));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(dir.resolve("child.err").toFile());
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("ADVOCATE_SMTP_HOST", "127.0.0.1");
        builder.environment().put("ADVOCATE_SMTP_PORT", Integer.toString(MAIL.getSmtp().getPort()));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private Cli.Result resume(Path campaign, String... more) {
        List<String> all = args(campaign, "--resume");
        all.addAll(List.of(more));
        return new Cli()
                .env("HOME", dir.resolve("home").toString())
                .env("ADVOCATE_SMTP_HOST", "127.0.0.1")
                .env("ADVOCATE_SMTP_PORT", Integer.toString(MAIL.getSmtp().getPort()))
                .run(all.toArray(String[]::new));
    }

    private static int received(String address) {
        return (int)
                MAIL.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                        .count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "during", "after"})
    void aRunKilledAroundATransactionIsResumedWithoutSendingAnythingTwice(String point)
            throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        int code = child(campaign, point + ":2");
        assertThat(code).as(Files.readString(dir.resolve("child.err"))).isEqualTo(137);
        // GreenMail delivers asynchronously of nothing: a message is in the box once accepted.
        assertThat(received(ADDRESSES[0])).isEqualTo(1);
        assertThat(received(ADDRESSES[1])).isEqualTo(point.equals("after") ? 1 : 0);
        assertThat(received(ADDRESSES[2])).isZero();
        String log = Files.readString(dir.resolve("out/send-log.tsv"));
        assertThat(log).contains("accepted\t1\t", "started\t2\t").doesNotContain("accepted\t2\t");

        Cli.Result resumed = resume(campaign);
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(1);
        assertThat(resumed.out())
                .contains("(row 2) first@example.org: skipped (accepted in an earlier run")
                .contains("(row 3) second@example.org: uncertain: ")
                .contains("(row 4) third@example.org: sent as");
        assertThat(resumed.err()).contains("3 messages: 1 sent, 1 skipped, 0 failed, 1 uncertain");
        for (String address : ADDRESSES) {
            assertThat(received(address)).as(address).isLessThanOrEqualTo(1);
        }
        assertThat(received(ADDRESSES[2])).isEqualTo(1);

        // Resumed again, the uncertain message stays uncertain until a person decides.
        Cli.Result again = resume(campaign);
        assertThat(again.err()).contains("0 sent, 2 skipped, 0 failed, 1 uncertain");
        assertThat(received(ADDRESSES[1])).isEqualTo(point.equals("after") ? 1 : 0);
    }

    @Test
    void resendUncertainSendsTheCutMessageWithItsFirstMessageId() throws Exception {
        Path campaign = SendFixture.campaign(dir.resolve("c"), "", ADDRESSES);
        assertThat(child(campaign, "before:2")).isEqualTo(137);
        String log = Files.readString(dir.resolve("out/send-log.tsv"));
        String id = log.lines().filter(l -> l.startsWith("started\t2\t")).findFirst().orElseThrow();
        String messageId = id.split("\t")[3];
        Cli.Result resumed = resume(campaign, "--resend-uncertain");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(received(ADDRESSES[1])).isEqualTo(1);
        assertThat(
                        MAIL.findReceivedMessages(u -> u.getEmail().equals(ADDRESSES[1]), m -> true)
                                .findFirst()
                                .orElseThrow()
                                .getMessageID())
                .isEqualTo("<" + messageId + ">");
    }
}
