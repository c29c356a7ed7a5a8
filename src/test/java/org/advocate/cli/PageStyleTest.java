package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.output.PdfLines;
import org.advocate.output.PdfLines.Line;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code style:} of organization.yaml and letter.yaml, as the PDF shows it. */
class PageStyleTest {
    @TempDir Path dir;

    private Path letter(String letterStyle, String orgStyle) throws IOException {
        Path example = Path.of("examples/oppose-bill");
        Files.writeString(
                dir.resolve("letter.yaml"),
                Files.readString(example.resolve("letter.yaml")) + letterStyle);
        Files.writeString(
                dir.resolve("organization.yaml"),
                Files.readString(example.resolve("organization.yaml")) + orgStyle);
        return dir.resolve("letter.yaml");
    }

    private static List<Line> body(Cli.Result result, float size) throws IOException {
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            return PdfLines.of(doc).stream()
                    .filter(Line::isSerif)
                    .filter(l -> Math.abs(l.size() - size) < 0.1f)
                    .filter(l -> l.text().length() > 40)
                    .toList();
        }
    }

    @Test
    void theLetterStyleOverridesTheOrganizationsAndShowsOnThePage() throws IOException {
        Path file =
                letter(
                        "style:\n  fontSize: 12\n  alignment: left\n",
                        "style:\n  fontSize: 10\n  margin: 1.6in\n");
        List<Line> lines = body(Cli.exec("compose", file.toString(), "-f", "pdf"), 12f);
        assertThat(lines).hasSizeGreaterThan(10);
        // The organization's margin applies; the letter's size and ragged right win.
        assertThat(lines).allSatisfy(l -> assertThat(l.left()).isCloseTo(115.2f, within(0.5f)));
        double rightmost = lines.stream().mapToDouble(Line::right).max().orElseThrow();
        long full = lines.stream().filter(l -> l.right() > rightmost - 1).count();
        assertThat(full).as("ragged lines end in different places").isLessThan(lines.size() / 3);
        for (Line l : lines) {
            for (PdfLines.Gap gap : l.gaps()) {
                assertThat(gap.ratio()).as(l.text()).isLessThan(1.08f);
            }
        }
    }

    @Test
    void aMarginThatWouldMakeLinesTooLongGivesWayToTheLineLength() throws IOException {
        Path file = letter("style:\n  margin: 0.5in\n", "");
        List<Line> lines = body(Cli.exec("compose", file.toString(), "-f", "pdf"), 11f);
        assertThat(lines).allSatisfy(l -> assertThat(l.text().length()).isLessThanOrEqualTo(85));
    }

    @Test
    void mistakesAreReportedAtTheirLinesAndNothingIsWritten() throws IOException {
        Path file =
                letter(
                        "style:\n"
                                + "  fontSize: huge\n"
                                + "  margin: 3\n"
                                + "  alignment: centre\n"
                                + "  colour: red\n",
                        "");
        Path out = dir.resolve("x.pdf");
        Cli.Result result = Cli.exec("compose", file.toString(), "-o", out.toString());
        assertThat(result.code()).isNotZero();
        // The style block starts on the line after the example's own last line.
        long style =
                Files.readString(Path.of("examples/oppose-bill/letter.yaml")).lines().count() + 1;
        assertThat(result.err())
                .contains(
                        "letter.yaml:"
                                + (style + 1)
                                + ":13: style.fontSize: must be a size in points from 8 to 16")
                .contains("letter.yaml:" + (style + 2) + ":11: style.margin: must be a length")
                .contains(
                        "letter.yaml:"
                                + (style + 3)
                                + ":14: style.alignment: must be justified or left")
                .contains("letter.yaml:" + (style + 4) + ":3: style.colour: unknown field");
        assertThat(out).doesNotExist();
    }

    private static org.assertj.core.data.Offset<Float> within(float f) {
        return org.assertj.core.data.Offset.offset(f);
    }
}
