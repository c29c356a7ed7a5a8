package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --font FILE}: fonts of the user's for the characters the PDF's own fonts lack. */
class FontOptionTest {
    private static final String EXAMPLE = ComposeCommandTest.EXAMPLE;

    /** TrueType CJK fonts a Debian system may have (fonts-wqy-zenhei, fonts-droid-fallback). */
    private static final List<Path> CJK_FONTS =
            List.of(
                    Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                    Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    @TempDir Path dir;

    @Test
    void aFontThatIsNotAFontFileIsAUsageError() throws IOException {
        Path text = Files.writeString(dir.resolve("font.txt"), "not a font");
        Cli.Result result =
                Cli.exec("compose", EXAMPLE, "--font", text.toString(), "-o", dir + "/x.pdf");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains("--font " + text + ": expected a TrueType or OpenType font file");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aUrlIsRefused() {
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "--font",
                        "https://example.org/font.ttf",
                        "-o",
                        dir + "/x.pdf");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("a font is a local file, not a URL");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.ttf");
        Cli.Result result =
                Cli.exec("compose", EXAMPLE, "--font", missing.toString(), "-o", dir + "/x.pdf");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--font " + missing + ": no such file");
    }

    @Test
    void aFileNamedTtfThatIsNotAFontIsAnInputErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttf"), "not a font");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "--set",
                        "recipient.name=Ana 北京",
                        "--font",
                        bad.toString(),
                        "-o",
                        dir + "/x.pdf");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).startsWith("advocate: " + bad + ": font: cannot use font");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aUserFontPrintsWhatItHasAndCheckAgrees() throws IOException {
        // A bundled font copied out stands for a font the user has: its characters (Thai) print
        // from it, ahead of the bundled copy.
        Path font = dir.resolve("user-thai.ttf");
        try (InputStream in =
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("fonts/noto/NotoSerifThai-Regular.ttf")) {
            Files.write(font, in.readAllBytes());
        }
        Path out = dir.resolve("x.pdf");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "--set",
                        "recipient.name=มูลนิธิ",
                        "--font",
                        font.toString(),
                        "-o",
                        out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("มูลนิธิ");
            assertThat(Pdfs.fonts(doc).stream().map(f -> f.getName()))
                    .anyMatch(n -> n.contains("NotoSerifThai"));
        }
    }

    @Test
    void chineseNamesPrintWithAnInstalledTrueTypeCjkFont() throws IOException {
        Path cjk = CJK_FONTS.stream().filter(Files::isReadable).findFirst().orElse(null);
        assumeTrue(
                cjk != null,
                "no TrueType CJK font installed (apt-get install fonts-wqy-zenhei): skipped");
        Path out = dir.resolve("x.pdf");
        String name = "北京公益组";
        Cli.Result plain = Cli.exec("check", EXAMPLE, "--set", "recipient.organization=" + name);
        assertThat(plain.code()).isNotZero();
        assertThat(plain.out() + plain.err()).contains("U+5317");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "--set",
                        "recipient.organization=" + name,
                        "--font",
                        cjk.toString(),
                        "-o",
                        out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(name);
        }
        Cli.Result checked =
                Cli.exec(
                        "check",
                        EXAMPLE,
                        "--set",
                        "recipient.organization=" + name,
                        "--font",
                        cjk.toString());
        assertThat(checked.out() + checked.err()).doesNotContain("U+5317");
    }
}
