package org.advocate.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.advocate.InputException;
import org.advocate.model.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server and the password come from, and what the connection requires. */
class SmtpSettingsTest {
    @TempDir Path home;

    private final List<String> warnings = new ArrayList<>();

    private static final Delivery LETTER =
            new Delivery(List.of(), "smtp.campaign.example", 2525, "coordinator", null);

    private SmtpSettings resolve(Map<String, String> env, Delivery delivery) {
        return SmtpSettings.resolve(env, home, delivery, "letter.yaml", warnings::add);
    }

    @Test
    void theUsersOwnServerGetsTheEnvironmentsPassword() {
        SmtpSettings s =
                resolve(
                        Map.of(
                                "ADVOCATE_SMTP_HOST", "smtp.mine.example",
                                "ADVOCATE_SMTP_USER", "me",
                                "ADVOCATE_SMTP_PASSWORD", "pw"),
                        LETTER);
        assertThat(s.host()).isEqualTo("smtp.mine.example");
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.user()).isEqualTo("me");
        assertThat(s.password()).isEqualTo("pw");
        assertThat(s.toString()).doesNotContain("pw");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aServerOnlyTheLetterNamesNeverGetsTheEnvironmentsPassword() {
        SmtpSettings s = resolve(Map.of("ADVOCATE_SMTP_PASSWORD", "pw"), LETTER);
        assertThat(s.host()).isEqualTo("smtp.campaign.example");
        assertThat(s.port()).isEqualTo(2525);
        assertThat(s.password()).isNull();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("not sent to smtp.campaign.example", "letter.yaml (delivery.host)");
    }

    @Test
    void aNetrcEntryForTheLettersServerIsTheUsersChoice() throws Exception {
        Files.writeString(
                home.resolve(".netrc"),
                "machine other.example login x password no\n"
                        + "machine smtp.campaign.example login coordinator password yes\n"
                        + "default login any password never\n");
        assertThat(resolve(Map.of(), LETTER).password()).isEqualTo("yes");
        Files.writeString(
                home.resolve(".netrc"),
                "machine smtp.campaign.example login someone-else password yes\n");
        assertThat(resolve(Map.of(), LETTER).password()).as("an entry for another login").isNull();
        Files.writeString(home.resolve(".netrc"), "default login coordinator password never\n");
        assertThat(resolve(Map.of(), LETTER).password()).as("a default entry").isNull();
    }

    @Test
    void theConfigFileIsTheUsersButNeverHoldsAPassword() throws Exception {
        Path config = home.resolve(".config/advocate/smtp.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "host=smtp.mine.example\nport=465\n");
        SmtpSettings s = resolve(Map.of("ADVOCATE_SMTP_PASSWORD", "pw"), LETTER);
        assertThat(s.host()).isEqualTo("smtp.mine.example");
        assertThat(s.smtps()).isTrue();
        assertThat(s.password()).isEqualTo("pw");
        Files.writeString(config, "host=smtp.mine.example\npassword=pw\n");
        assertThatThrownBy(() -> resolve(Map.of(), LETTER))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("password: is never read from a file");
    }

    @Test
    void noServerAnywhereIsAnError() {
        assertThatThrownBy(() -> resolve(Map.of(), Delivery.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no SMTP server");
    }

    @Test
    void loopbackIsDecidedByTheNameAsWrittenNotByALookup() {
        assertThat(SmtpSettings.loopback("localhost")).isTrue();
        assertThat(SmtpSettings.loopback("127.0.0.1")).isTrue();
        assertThat(SmtpSettings.loopback("127.1.2.3")).isTrue();
        assertThat(SmtpSettings.loopback("[::1]")).isTrue();
        assertThat(SmtpSettings.loopback("localhost.example.org")).isFalse();
        assertThat(SmtpSettings.loopback("127.0.0.1.nip.io")).isFalse();
        assertThat(SmtpSettings.loopback("smtp.example.org")).isFalse();
    }

    @Test
    void aRemoteServerRequiresStartTlsOrSmtpsWithItsIdentityChecked() {
        Properties starttls =
                SmtpMailer.properties(
                        new SmtpSettings("smtp.example.org", 587, "u", "p", false, "env"));
        assertThat(starttls)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true");
        Properties smtps =
                SmtpMailer.properties(
                        new SmtpSettings("smtp.example.org", 465, "u", null, true, "env"));
        assertThat(smtps)
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtps.auth", "false");
        Properties local =
                SmtpMailer.properties(
                        new SmtpSettings("127.0.0.1", 2525, null, null, false, "env"));
        assertThat(local).doesNotContainKey("mail.smtp.starttls.required");
    }
}
