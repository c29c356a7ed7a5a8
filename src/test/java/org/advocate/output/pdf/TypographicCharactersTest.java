package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text faces can print every character typographic punctuation produces. The monospaced faces
 * set code, which typography never changes (and Liberation Mono has no U+202F).
 */
class TypographicCharactersTest {
    private static final String CHARACTERS =
            "\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2013\u2026\u00a0\u202f";

    @Test
    void everyFaceHasTheTypographicCharacters() {
        FontSet fonts = FontSet.standard();
        for (Face face : Face.values()) {
            if (face.name().startsWith("MONO")) {
                continue;
            }
            CHARACTERS
                    .codePoints()
                    .forEach(
                            cp ->
                                    assertThat(fonts.canShow(face, cp))
                                            .as("%s has U+%04X", face, cp)
                                            .isTrue());
        }
    }
}
