package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNamesTest {
    @Test
    void dropsBidiZeroWidthAndControlCharacters() {
        assertThat(SafeNames.segment("Ze\u200Bro\u202Ew\u0007id\u2066th.md", true))
                .isEqualTo("Zerowidth.md");
    }

    @Test
    void normalizesToNfcAndReplacesReservedCharacters() {
        assertThat(SafeNames.segment("Cafe\u0301 <a>:b\"c|d?e*f\\g.md", true))
                .isEqualTo("Caf\u00e9 _a__b_c_d_e_f_g.md");
    }

    @Test
    void prefixesWindowsDeviceNamesAndTemporaryNames() {
        assertThat(SafeNames.segment("nul.md", true)).isEqualTo("_nul.md");
        assertThat(SafeNames.segment("COM1", false)).isEqualTo("_COM1");
        assertThat(SafeNames.segment(".advocate-x.tmp", true)).isEqualTo("_.advocate-x.tmp");
        assertThat(SafeNames.segment("Console.md", true)).isEqualTo("Console.md");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CON",
                "con.md",
                "Prn.pdf",
                "aux",
                "NUL.tar.gz",
                "nul .md",
                "COM0",
                "com9.md",
                "LPT0.pdf",
                "lpt5",
                "COM\u00b9.md",
                "lpt\u00b2",
                "LPT\u00b3.pdf",
                "CONIN$",
                "conout$.md",
                "CONIN$.txt"
            })
    void prefixesEveryWindowsDeviceNameInAnyCaseWithOrWithoutAnExtension(String name) {
        assertThat(SafeNames.segment(name, true)).isEqualTo("_" + name.stripTrailing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COM10.md", "LPT\u2074.md", "conin.md", "CONSOLE", "auxiliary.pdf"})
    void leavesNamesThatOnlyLookLikeDevices(String name) {
        assertThat(SafeNames.segment(name, true)).isEqualTo(name);
    }

    @Test
    void prefixesNamesThatWouldBeHiddenOrReadAsOptions() {
        assertThat(SafeNames.segment("-rf.pdf", true)).isEqualTo("_-rf.pdf");
        assertThat(SafeNames.segment("--help", false)).isEqualTo("_--help");
        assertThat(SafeNames.segment(".bashrc", true)).isEqualTo("_.bashrc");
        assertThat(SafeNames.segment("..md", true)).isEqualTo("_..md");
        assertThat(SafeNames.segment("  -x.md", true)).isEqualTo("_-x.md");
        assertThat(SafeNames.segment("Maria-Jose.md", true)).isEqualTo("Maria-Jose.md");
    }

    @Test
    void neverLeavesADotOrTwoAsTheWholeName() {
        assertThat(SafeNames.segment(".", false)).isEmpty();
        assertThat(SafeNames.segment("..", false)).isEmpty();
        assertThat(SafeNames.segment(". .", true)).isEmpty();
    }

    @Test
    void trimsTrailingDotsAndSpacesAndCapsLengthKeepingTheExtension() {
        assertThat(SafeNames.segment("folder. . ", false)).isEqualTo("folder");
        String longName = SafeNames.segment("\u00e9".repeat(300) + ".pdf", true);
        assertThat(longName).endsWith(".pdf");
        assertThat(longName.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(SafeNames.MAX_BYTES);
        assertThat(SafeNames.segment("\u200B. .", true)).isEmpty();
    }

    @Test
    void collisionKeysIgnoreCaseAndNormalization() {
        assertThat(SafeNames.collisionKey("Cafe\u0301.MD"))
                .isEqualTo(SafeNames.collisionKey("CAF\u00c9.md"));
    }
}
