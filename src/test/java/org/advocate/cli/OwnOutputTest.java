package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit-compose loop: compose replaces, without --force, a file it wrote that nobody changed
 * since; any other file, a hand-edited letter included, still needs --force.
 */
class OwnOutputTest {
    static final String LETTER = "examples/amnesty-support/letter.yaml";

    @TempDir Path dir;

    private Cli.Result compose(Path out, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "compose";
        args[1] = LETTER;
        args[2] = "-o" + out;
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.exec(args);
    }

    @Test
    void aMarkdownLetterComposeWroteIsReplacedWithoutForce() throws IOException {
        Path out = dir.resolve("letter.md");
        assertThat(compose(out).code()).isZero();
        String first = Files.readString(out);
        assertThat(first).containsPattern("\n<!-- advocate-sha256:[0-9a-f]{64} -->\n$");
        Cli.Result again = compose(out, "--set", "recipient.name=Jane Doe");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readString(out)).contains("Jane Doe");
    }

    @Test
    void aHandEditedMarkdownLetterNeedsForce() throws IOException {
        Path out = dir.resolve("letter.md");
        assertThat(compose(out).code()).isZero();
        String edited = Files.readString(out).replaceFirst("Dear", "Dear dear");
        Files.writeString(out, edited);
        Cli.Result again = compose(out);
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains("file exists");
        assertThat(Files.readString(out)).isEqualTo(edited);
        assertThat(compose(out, "--force").code()).isZero();
    }

    @Test
    void aPdfComposeWroteIsReplacedWithoutForceAndAnEditedOneIsNot() throws IOException {
        Path out = dir.resolve("letter.pdf");
        assertThat(compose(out).code()).isZero();
        byte[] pdf = Files.readAllBytes(out);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
                .containsPattern("/AdvocateMark\\s*\\(advocate-sha256:[0-9a-f]{64}\\)");
        assertThat(compose(out).code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(pdf);

        pdf[pdf.length / 2] ^= 1; // one bit changed anywhere
        Files.write(out, pdf);
        assertThat(compose(out).code()).isEqualTo(5);
        assertThat(Files.readAllBytes(out)).isEqualTo(pdf);
    }

    @Test
    void anyOtherFileStillNeedsForce() throws IOException {
        Path out = dir.resolve("notes.md");
        Files.writeString(out, "my notes\n<!-- advocate-sha256:" + "0".repeat(64) + " -->\n");
        assertThat(compose(out).code()).isEqualTo(5);
        assertThat(Files.readString(out)).startsWith("my notes");
        Path pdf = dir.resolve("other.pdf");
        Files.writeString(pdf, "%PDF-1.7 someone else's\n");
        assertThat(compose(pdf).code()).isEqualTo(5);
    }

    @Test
    void standardOutputCarriesNoMarkdownMark() {
        assertThat(Cli.exec("compose", LETTER).out()).doesNotContain("advocate-sha256");
    }
}
