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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fonts:} in organization.yaml, through the command line, in compose and check. */
class OrganizationFontsCliTest {
    private static final Path EXAMPLE = Path.of("examples/amnesty-support");

    /** TrueType CJK fonts a Debian system may have (fonts-wqy-zenhei, fonts-droid-fallback). */
    private static final List<Path> CJK_FONTS =
            List.of(
                    Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                    Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    @TempDir Path dir;
    private Path letter;

    @BeforeEach
    void copyTheExample() throws IOException {
        letter = Files.copy(EXAMPLE.resolve("letter.yaml"), dir.resolve("letter.yaml"));
        Files.copy(EXAMPLE.resolve("organization.yaml"), dir.resolve("organization.yaml"));
    }

    private void organizationFonts(String yaml) throws IOException {
        Files.writeString(
                dir.resolve("organization.yaml"),
                Files.readString(dir.resolve("organization.yaml")) + yaml);
    }

    private List<String> embeddedFonts(Path pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(Files.readAllBytes(pdf))) {
            return Pdfs.fonts(doc).stream().map(f -> f.getName()).toList();
        }
    }

    private Cli.Result compose(Path out, String name) {
        return Cli.exec(
                "compose",
                letter.toString(),
                "--set",
                "recipient.name=" + name,
                "-o",
                out.toString());
    }

    @Test
    void aFontTheOrganizationListsIsTriedBeforeTheBundledOnes() throws IOException {
        // The bundled Thai bold face, copied into the campaign as the organization's font: text
        // set in regular weight takes it only because fonts: lists it ahead of the bundled fonts.
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        try (InputStream in =
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("fonts/noto/NotoSerifThai-Bold.ttf")) {
            Files.write(fonts.resolve("OurThai.ttf"), in.readAllBytes());
        }
        String name = "มูลนิธิเอ็มพาวเวอร์";
        Path plain = dir.resolve("plain.pdf");
        assertThat(compose(plain, name).code()).isZero();
        assertThat(embeddedFonts(plain)).noneMatch(n -> n.contains("NotoSerifThai-Bold"));

        organizationFonts("fonts: [fonts/OurThai.ttf]\n");
        Path out = dir.resolve("x.pdf");
        Cli.Result result = compose(out, name);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(embeddedFonts(out)).anyMatch(n -> n.contains("NotoSerifThai-Bold"));
        try (PDDocument doc = Pdfs.load(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(name);
        }
        // Reproducible: the same inputs give the same bytes.
        Path again = dir.resolve("again.pdf");
        assertThat(compose(again, name).code()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void aBadFontEntryStopsComposeWithItsLineAndWritesNothing() throws IOException {
        organizationFonts("fonts:\n  - https://example.org/font.ttf\n");
        Path out = dir.resolve("x.pdf");
        Cli.Result result = compose(out, "Ana");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .contains(
                        dir.resolve("organization.yaml")
                                + ":17:5: fonts[1]: https://example.org/font.ttf: a font is a"
                                + " local file, not a URL");
        assertThat(out).doesNotExist();
    }

    @Test
    void aListedFileThatIsNotAFontIsAnInputErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve("Broken.ttf"), "not a font");
        organizationFonts("fonts: [Broken.ttf]\n");
        Path out = dir.resolve("x.pdf");
        Cli.Result result = compose(out, "มูลนิธิ");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .startsWith("advocate: " + dir.resolve("Broken.ttf") + ": font: cannot use font");
        assertThat(out).doesNotExist();
    }

    @Test
    void chineseNamesPrintWithACjkFontTheOrganizationLists() throws IOException {
        Path cjk = CJK_FONTS.stream().filter(Files::isReadable).findFirst().orElse(null);
        assumeTrue(
                cjk != null,
                "no TrueType CJK font installed (apt-get install fonts-wqy-zenhei): skipped");
        String name = "北京公益组";
        String[] check = {"check", letter.toString(), "--set", "recipient.organization=" + name};
        Cli.Result before = Cli.exec(check);
        assertThat(before.out() + before.err()).contains("U+5317");

        organizationFonts("fonts: [" + cjk + "]\n");
        Cli.Result checked = Cli.exec(check);
        assertThat(checked.out() + checked.err()).doesNotContain("U+5317");
        Path out = dir.resolve("x.pdf");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        letter.toString(),
                        "--set",
                        "recipient.organization=" + name,
                        "-o",
                        out.toString());
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(doc)).contains(name);
        }
    }
}
