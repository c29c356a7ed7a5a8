package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

class FontSetTest {
    private final FontSet fonts = FontSet.standard();

    @ParameterizedTest
    @EnumSource(Face.class)
    void everyFaceShowsLatinGreekAndCyrillicText(Face face) {
        for (int cp : "Aaé ñ ß Œ ł Ş ‘’“” – — € Ωλ Жя".codePoints().toArray()) {
            assertThat(fonts.canShow(face, cp)).as("U+%04X in %s", cp, face).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void noFaceShowsCjkOrEmoji(Face face) {
        for (int cp : "世界한글かな\uD83D\uDE00".codePoints().toArray()) {
            assertThat(fonts.canShow(face, cp)).as("U+%04X in %s", cp, face).isFalse();
        }
    }

    @Test
    void lineBreaksAreLayoutAndAlwaysShow() {
        assertThat(fonts.canShow(Face.SERIF, '\n')).isTrue();
        assertThat(fonts.canShow(Face.MONO, '\r')).isTrue();
    }

    @Test
    void checkNamesTheFirstCharacterNoFontHas() {
        BaseFont serif = fonts.baseFont(Face.SERIF);
        assertThatNoException().isThrownBy(() -> FontSet.check(serif, "Caf\u00e9\r\nline"));
        UnprintableCharacterException e =
                catchThrowableOfType(
                        UnprintableCharacterException.class,
                        () -> FontSet.check(serif, "ok \uD83D\uDE00 then \u4e16"));
        assertThat(e.codePoint()).isEqualTo(0x1F600);
        assertThat(e)
                .hasMessage(
                        "U+1F600 (GRINNING FACE) cannot be printed: no embedded font has it"
                                + " (in \"ok \uD83D\uDE00 then \u4e16\")");
    }

    @Test
    void eachFaceIsLoadedOnceAndShared() {
        assertThat(FontSet.standard()).isSameAs(fonts);
        assertThat(fonts.baseFont(Face.SANS_BOLD)).isSameAs(fonts.baseFont(Face.SANS_BOLD));
        assertThat(fonts.baseFont(Face.SANS_BOLD)).isNotSameAs(fonts.baseFont(Face.SANS));
    }

    @Test
    void facesAreUnicodeEmbeddedAndSubset() {
        BaseFont font = fonts.baseFont(Face.SERIF_ITALIC);
        assertThat(font.getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.isSubset()).isTrue();
        assertThat(String.join(" ", font.getFullFontName()[0])).contains("Liberation Serif");
    }

    @Test
    void aFontHasTheFaceSizeAndColourAsked() {
        Font font = fonts.font(Face.MONO_BOLD, 9.5f, Color.RED);
        assertThat(font.getBaseFont()).isSameAs(fonts.baseFont(Face.MONO_BOLD));
        assertThat(font.getSize()).isEqualTo(9.5f);
        assertThat(font.getColor()).isEqualTo(Color.RED);
    }

    @Test
    void facesAreFoundByFamilyWeightAndSlant() {
        assertThat(Face.of(Face.Family.SERIF, false, false)).isEqualTo(Face.SERIF);
        assertThat(Face.of(Face.Family.SERIF, true, true)).isEqualTo(Face.SERIF_BOLD_ITALIC);
        assertThat(Face.of(Face.Family.SANS, false, true)).isEqualTo(Face.SANS_ITALIC);
        assertThat(Face.of(Face.Family.MONO, true, false)).isEqualTo(Face.MONO_BOLD);
    }
}
