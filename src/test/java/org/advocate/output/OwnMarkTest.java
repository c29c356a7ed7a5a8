package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.advocate.output.pdf.DocumentSpec;
import org.junit.jupiter.api.Test;

class OwnMarkTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aSealedMarkdownLetterIsItsOwnUntilOneByteChanges() {
        byte[] sealed = OwnMark.sealMarkdown(bytes("# Letter\n\nDear Ana,\n"));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .startsWith("# Letter\n\nDear Ana,\n<!-- advocate-sha256:")
                .endsWith(" -->\n");
        assertThat(OwnMark.unchanged(sealed)).isTrue();
        for (int i = 0; i < sealed.length; i += 7) {
            byte[] edited = sealed.clone();
            edited[i] ^= 1;
            assertThat(OwnMark.unchanged(edited)).as("byte %d changed", i).isFalse();
        }
    }

    @Test
    void aPdfsPlaceholderIsFilledWithTheHashWithoutMovingAnything() {
        byte[] laidOut =
                bytes(
                        "%PDF-1.7\n1 0 obj <</AdvocateMark("
                                + DocumentSpec.MARK_PLACEHOLDER
                                + ")>>\n%%EOF\n");
        byte[] sealed = OwnMark.seal(laidOut);
        assertThat(sealed).hasSameSizeAs(laidOut).isNotEqualTo(laidOut);
        assertThat(OwnMark.unchanged(sealed)).isTrue();
        assertThat(OwnMark.unchanged(laidOut)).as("zeros are no hash of this file").isFalse();
        byte[] edited = sealed.clone();
        edited[3] ^= 1;
        assertThat(OwnMark.unchanged(edited)).isFalse();
    }

    @Test
    void filesWithoutTheMarkAreNotOurs() {
        assertThat(OwnMark.unchanged(bytes(""))).isFalse();
        assertThat(OwnMark.unchanged(bytes("my notes\n"))).isFalse();
        assertThat(OwnMark.unchanged(bytes("%PDF-1.7\nsomeone else's\n"))).isFalse();
        byte[] noPlaceholder = bytes("%PDF-1.7\nno mark\n");
        assertThat(OwnMark.seal(noPlaceholder)).isEqualTo(noPlaceholder);
    }
}
