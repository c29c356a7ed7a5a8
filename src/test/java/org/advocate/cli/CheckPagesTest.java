package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --max-pages}: the letter typeset as PDF, without writing it. */
class CheckPagesTest {
    static final String EXAMPLE = "examples/amnesty-support/letter.yaml";

    @TempDir Path dir;

    @Test
    void flagsALetterLongerThanTheLimitAsAWarning() {
        Cli.Result tooLong = Cli.exec("check", EXAMPLE, "--max-pages", "1");
        assertThat(tooLong.out())
                .contains(
                        EXAMPLE
                                + ": warning: the letter takes 3 pages as PDF, more than the limit"
                                + " of 1");
        assertThat(tooLong.code()).isZero();
        assertThat(Cli.exec("check", EXAMPLE, "--max-pages", "1", "--strict").code()).isEqualTo(6);
        assertThat(Cli.exec("check", EXAMPLE, "--max-pages", "3").out()).isEmpty();
    }

    @Test
    void findsCharactersNoBundledFontCanPrint() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("campaign"));
        for (String name : new String[] {"letter.yaml", "organization.yaml"}) {
            Files.copy(Path.of("examples/amnesty-support", name), copy.resolve(name));
        }
        Path letter = copy.resolve("letter.yaml");
        Files.writeString(
                letter,
                Files.readString(letter)
                        .replace("name: Salil Shetty", "name: Salil \uD80C\uDC00 Shetty"));
        Cli.Result result = Cli.exec("check", letter.toString(), "--max-pages", "5");
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out()).contains("U+13000").contains("recipient.name");
        // Without a page check the letter is still written as PDF, as compose would.
        Cli.Result plain = Cli.exec("check", letter.toString());
        assertThat(plain.code()).isEqualTo(6);
        assertThat(plain.out()).containsOnlyOnce("U+13000");
        // As Markdown alone, its text is fine.
        assertThat(Cli.exec("check", letter.toString(), "--for", "md").code()).isZero();
    }

    @Test
    void theLimitCanComeFromTheStyleFile() throws IOException {
        Path library = Files.createDirectories(dir.resolve("lib/style"));
        Files.writeString(
                library.resolve("terms.yaml"), "maxWords: 5000\nmaxPages: 1\nrules: []\n");
        Cli.Result result = Cli.exec("check", EXAMPLE, "--library", dir.resolve("lib").toString());
        assertThat(result.out()).contains("maxPages in style/terms.yaml");
    }
}
