package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name typed with combining accents (Unicode NFD, as some keyboards and file systems write it)
 * and the same name typed with precomposed letters (NFC) make the same letter, in Markdown and in
 * PDF.
 */
class ComposedFormTest {
    private static final String EXAMPLE_DIR = "examples/amnesty-support";

    /** "José Renée" with each é written as "e" and U+0301 COMBINING ACUTE ACCENT. */
    private static final String DECOMPOSED = "Jose\u0301 Rene\u0301e";

    private static final String COMPOSED = "Jos\u00e9 Ren\u00e9e";

    @TempDir Path dir;

    /** Copies the example letter into a folder, with the recipient's name as given. */
    private Path letterNamed(String folder, String name) throws IOException {
        Path target = Files.createDirectories(dir.resolve(folder));
        for (String file : List.of("letter.yaml", "organization.yaml")) {
            String text = Files.readString(Path.of(EXAMPLE_DIR, file), StandardCharsets.UTF_8);
            Files.writeString(
                    target.resolve(file),
                    file.equals("letter.yaml") ? text.replace("Salil Shetty", name) : text,
                    StandardCharsets.UTF_8);
        }
        return target.resolve("letter.yaml");
    }

    private static Cli.Result compose(Path letter, String... format) {
        String[] args = new String[2 + format.length];
        args[0] = "compose";
        args[1] = letter.toString();
        System.arraycopy(format, 0, args, 2, format.length);
        Cli.Result result = Cli.exec(args);
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        return result;
    }

    @Test
    void aDecomposedNamePrintsAsItsComposedForm() throws IOException {
        Path decomposed = letterNamed("nfd", DECOMPOSED);
        Path composed = letterNamed("nfc", COMPOSED);
        assertThat(Files.readString(decomposed)).contains(DECOMPOSED);

        String markdown = compose(decomposed).out();
        assertThat(markdown).contains(COMPOSED).doesNotContain("\u0301");
        assertThat(markdown).isEqualTo(compose(composed).out());

        List<String> pages;
        try (PDDocument doc = Pdfs.load(compose(decomposed, "-f", "pdf").outBytes())) {
            pages = Pdfs.pageTexts(doc);
        }
        assertThat(String.join("\n", pages)).contains(COMPOSED).doesNotContain("\u0301");
        try (PDDocument doc = Pdfs.load(compose(composed, "-f", "pdf").outBytes())) {
            assertThat(pages).isEqualTo(Pdfs.pageTexts(doc));
        }
    }
}
