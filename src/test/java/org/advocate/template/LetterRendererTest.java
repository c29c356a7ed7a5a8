package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The renderer's Markdown normalization; rendering whole letters is tested through the Composer.
 */
class LetterRendererTest {
    /** The normalization as first written: split into lines, strip, collapse. */
    private static String normalizeByLines(String markdown) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean blank = true;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(trimmed).append('\n');
                blank = false;
            }
        }
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    @Test
    void normalizationStripsLineEndsAndCollapsesBlankLines() {
        assertThat(LetterRenderer.normalize("")).isEmpty();
        assertThat(LetterRenderer.normalize(" \n\t\n")).isEmpty();
        assertThat(LetterRenderer.normalize("\n\na  \r\n\r\n\r\nb\t\n\n\n")).isEqualTo("a\n\nb\n");
        assertThat(LetterRenderer.normalize("x")).isEqualTo("x\n");
        assertThat(LetterRenderer.normalize("a\u2003\nb")).isEqualTo("a\nb\n");
    }

    @Test
    void normalizationAgreesWithLineByLineNormalizationOnRandomText() {
        java.util.Random random = new java.util.Random(42);
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u2003', '\u00a0', 'é'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertThat(LetterRenderer.normalize(input))
                    .as("%s", input.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(normalizeByLines(input));
        }
    }
}
