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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a letter beyond its text: several signers, cc, enclosures, references, reply-by
 * date, place, country line; in Markdown, in the PDF, and in the window of an envelope.
 */
class LetterAnatomyTest {
    private static final String EXAMPLE = "examples/coalition-cc/letter.yaml";
    private static final float MM = 72f / 25.4f;
    private static final List<String> ADDRESS =
            List.of(
                    "Salil Shetty",
                    "Secretary General",
                    "Amnesty International",
                    "1 Easton Street",
                    "London WC1X 0DW",
                    "UNITED KINGDOM");

    @TempDir Path dir;

    /** The coalition example with lines added to its letter file and its organization file. */
    private Path example(String letterLines, String orgLines) throws IOException {
        Path from = Path.of("examples/coalition-cc");
        Files.writeString(
                dir.resolve("letter.yaml"),
                Files.readString(from.resolve("letter.yaml")) + letterLines);
        Files.writeString(
                dir.resolve("organization.yaml"),
                Files.readString(from.resolve("organization.yaml")) + orgLines);
        return dir.resolve("letter.yaml");
    }

    private static String plain(String markdown) {
        return markdown.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theMarkdownHasEveryPartInLetterOrder() {
        Cli.Result result = Cli.exec("compose", EXAMPLE);
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .containsSubsequence(
                        "New York, August 20, 2015",
                        "London WC1X 0DW\\\nUNITED KINGDOM",
                        "<!-- advocate:section references -->",
                        "Our ref.: RNRC/2015/031\\\nYour ref.: POL 30/4062/2015\\\n"
                                + "Please reply by September 30, 2015",
                        "**Re: Support",
                        "Sincerely,",
                        "On behalf of the member organizations of the coalition,",
                        "<!-- advocate:section signers -->",
                        "Maria Okafor\\\nExecutive Director\\\nHarbor Outreach Project",
                        "Daniel Reyes\\\nLegal Director\\\nStreet Law Clinic",
                        "<!-- advocate:section enclosures -->",
                        "Enclosures:\\\nMember organizations of the coalition\\\n",
                        "<!-- advocate:section cc -->",
                        "cc: Tawanda Mutasah",
                        "(members@example.org)")
                // The signers sign in place of the organization's one signatory.
                .doesNotContain("Jane Doe");
    }

    @Test
    void theFixedWordsAreInTheLettersLanguage() throws IOException {
        Path letter = example("", "");
        String fr =
                Files.readString(letter)
                        .replace("locale: en-US", "locale: fr-FR")
                        .replace("place: New York", "place: Paris");
        Files.writeString(letter, fr);
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.err()).isEmpty();
        assertThat(plain(result.out()))
                .containsSubsequence(
                        "Paris, le 20 août 2015",
                        "UNITED KINGDOM",
                        "N/Réf. : RNRC/2015/031",
                        "V/Réf. : POL 30/4062/2015",
                        "Réponse souhaitée avant le 30 septembre 2015",
                        "Pour the member organizations of the coalition,",
                        "Pièces jointes :",
                        "Copie à : Tawanda Mutasah");
        Path es = example("", "");
        Files.writeString(
                es,
                Files.readString(es)
                        .replace("locale: en-US", "locale: es-ES")
                        .replace(
                                "enclosures:\n  - Member organizations of the coalition\n",
                                "enclosures:\n"));
        Cli.Result spanish = Cli.exec("compose", es.toString());
        assertThat(spanish.err()).isEmpty();
        assertThat(plain(spanish.out()))
                .containsSubsequence(
                        "New York, 20 de agosto de 2015",
                        "N/Ref.: RNRC/2015/031",
                        "Se ruega respuesta antes del 30 de septiembre de 2015",
                        "En nombre de the member",
                        "Anexo:\\\nSummary of outreach findings, 2014",
                        "c. c.: Tawanda Mutasah");
    }

    @Test
    void aRecipientInTheSendersCountryGetsNoCountryLine() throws IOException {
        Path letter = example("", "");
        Files.writeString(
                letter,
                Files.readString(letter)
                        .replace("country: United Kingdom", "country: united states"));
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("London WC1X 0DW\n").doesNotContain("UNITED STATES");
    }

    @Test
    void theLettersSignersReplaceTheOrganizationsAndAnOrganizationWithoutSignersKeepsItsSignatory()
            throws IOException {
        Path letter = example("signers:\n  - name: Ana Ruiz\n    title: Coordinator\n", "");
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("Ana Ruiz\\\nCoordinator\\\nRights Not Rescue Coalition")
                .doesNotContain("Maria Okafor");

        Cli.Result single = Cli.exec("compose", "examples/amnesty-support/letter.yaml");
        assertThat(single.out())
                .contains("In Solidarity,\n\nJane Doe\\\nDirector\\\nSex Workers Project")
                .doesNotContain("advocate:section signers", "advocate:section cc");
    }

    @Test
    void mistakesInTheNewFieldsAreReportedAtTheirLinesAndNothingIsWritten() throws IOException {
        Path letter = example("style:\n" + "  signers: diagonal\n" + "  envelope: C4\n", "");
        String text =
                Files.readString(letter)
                        .replace(
                                "reference:\n  ours: RNRC/2015/031\n  yours: POL 30/4062/2015\n",
                                "reference: {}\n")
                        .replace("replyBy: 2015-09-30", "replyBy: 2015-08-01")
                        .replace(
                                "  - name: Coalition members' mailing list\n"
                                        + "    email: members@example.org",
                                "  - name: Coalition members' mailing list\n"
                                        + "    email: members at example")
                        .replace(
                                "  - name: Tawanda Mutasah, Senior Director for International Law"
                                        + " and Policy",
                                "  - nmae: Tawanda Mutasah");
        Files.writeString(letter, text);
        List<String> lines = text.lines().toList();
        Path out = dir.resolve("x.pdf");
        Cli.Result result = Cli.exec("compose", letter.toString(), "-o", out.toString());
        assertThat(result.code()).isNotZero();
        assertThat(result.err())
                .contains(
                        "letter.yaml:"
                                + lineOf(lines, "replyBy:")
                                + ":10: replyBy: is before the letter's date 2015-08-20")
                .contains("letter.yaml:" + lineOf(lines, "nmae:") + ":5: cc[1].nmae: unknown field")
                .contains("letter.yaml:" + lineOf(lines, "nmae:") + ":5: cc[1].name: is required")
                .contains(
                        "letter.yaml:"
                                + lineOf(lines, "email: members at")
                                + ":12: cc[2].email: must be an e-mail address")
                .contains(
                        "letter.yaml:"
                                + lineOf(lines, "signers: diagonal")
                                + ":12: style.signers: must be side-by-side, stacked or auto")
                .contains(
                        "letter.yaml:"
                                + lineOf(lines, "envelope: C4")
                                + ":13: style.envelope: must be DL, C5 or US10")
                .contains(
                        "letter.yaml:"
                                + lineOf(lines, "reference: {}")
                                + ":12: reference: give ours, yours or both");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSignersSignatureImageIsCheckedLikeTheLogo() throws IOException {
        Path letter = example("", "");
        Files.writeString(
                dir.resolve("organization.yaml"),
                Files.readString(dir.resolve("organization.yaml"))
                        .replace(
                                "    organization: Street Law Clinic\n",
                                "    organization: Street Law Clinic\n    signature: reyes.gif\n"));
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.code()).isNotZero();
        List<String> lines = Files.readString(dir.resolve("organization.yaml")).lines().toList();
        assertThat(result.err())
                .contains(
                        "organization.yaml:"
                                + lineOf(lines, "signature: reyes.gif")
                                + ":16: signers[2].signature: must be a .png, .jpg or .jpeg file");
    }

    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start) || lines.get(i).contains(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + start);
    }

    @Test
    void twoSignersStandSideBySideOrStackedAsTheStyleSays() throws IOException {
        List<Line> side = pdfLines(Cli.exec("compose", EXAMPLE, "-f", "pdf"));
        Line maria = line(side, "Maria Okafor");
        Line daniel = line(side, "Daniel Reyes");
        assertThat(daniel.page()).isEqualTo(maria.page());
        assertThat(daniel.baseline()).isEqualTo(maria.baseline());
        assertThat(daniel.left()).isGreaterThan(maria.right() + 20f);
        // Room to sign above the names, under the close.
        Line onBehalf = line(side, "On behalf of the member organizations of the coalition,");
        assertThat(maria.baseline() - onBehalf.baseline()).isGreaterThan(30f);

        Path stacked = example("style:\n  signers: stacked\n", "");
        List<Line> lines = pdfLines(Cli.exec("compose", stacked.toString(), "-f", "pdf"));
        Line maria2 = line(lines, "Maria Okafor");
        Line daniel2 = line(lines, "Daniel Reyes");
        assertThat(daniel2.left()).isEqualTo(maria2.left());
        assertThat(daniel2.baseline() - maria2.baseline()).isGreaterThan(60f);
    }

    @Test
    void theAddressLiesInsideTheWindowOfADlEnvelopeOnA4() throws IOException {
        Cli.Result result = Cli.exec("compose", EXAMPLE, "-f", "pdf", "--window-envelope", "DL");
        // DIN 5008 form B: the window 20 mm from the left, 45 mm from the top, 90 x 45 mm.
        assertInWindow(result, PDRectangle.A4, 20 * MM, 45 * MM, 90 * MM, 45 * MM);
    }

    @Test
    void theAddressLiesInsideTheWindowOfAUs10EnvelopeOnLetter() throws IOException {
        Cli.Result result = Cli.exec("compose", EXAMPLE, "-f", "pdf", "--window-envelope", "us10");
        // The #10 window (4.5 x 1.125 in, 7/8 in from the left and 1/2 in from the bottom of a
        // 9.5 x 4.125 in envelope) on the page of a tri-folded letter resting on the envelope's
        // bottom, centred across it: 3/8 in from the left, 2.042 in from the top.
        assertInWindow(
                result,
                PDRectangle.LETTER,
                27f,
                72f * (4.125f - 1.625f - (4.125f - 11f / 3f)),
                4.5f * 72f,
                1.125f * 72f);
    }

    @Test
    void aWindowEnvelopeTakesItsOwnPaper() {
        Path out = dir.resolve("x.pdf");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "--window-envelope",
                        "DL",
                        "--paper",
                        "letter",
                        "-o",
                        out.toString());
        assertThat(result.code()).isNotZero();
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("a DL window envelope takes A4 paper");
        assertThat(out).doesNotExist();
        Cli.Result bad = Cli.exec("compose", EXAMPLE, "--window-envelope", "B4");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--window-envelope: expected DL, C5 or US10, found 'B4'");
    }

    @Test
    void aBatchPlacesEveryRowsAddressInTheWindow() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        "examples/legislators/letter.yaml",
                        "--rows",
                        "examples/legislators/recipients.csv",
                        "--out-dir",
                        out.toString(),
                        "-f",
                        "pdf",
                        "--window-envelope",
                        "US10",
                        "--name",
                        "{recipient.name}.pdf");
        assertThat(result.code()).as(result.err()).isZero();
        List<Path> pdfs;
        try (var files = Files.list(out)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(1);
        for (Path pdf : pdfs) {
            try (PDDocument doc = Pdfs.load(Files.readAllBytes(pdf))) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f, within(0.5f));
                List<Line> page1 = PdfLines.of(doc).stream().filter(l -> l.page() == 1).toList();
                // The recipient's first line follows the sender's return line.
                int back = 0;
                while (!page1.get(back).text().contains(" · 55 Example Boulevard")) {
                    back++;
                }
                Line name = page1.get(back + 1);
                assertThat(name.left()).as(pdf.toString()).isBetween(27f, 27f + 324f);
                assertThat(name.baseline()).as(pdf.toString()).isBetween(147f, 147f + 81f);
            }
        }
    }

    @Test
    void aSignersSignatureImageIsPrintedAboveTheirName() throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(
                        120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", dir.resolve("okafor.png").toFile());
        Path letter = example("", "");
        Files.writeString(
                dir.resolve("organization.yaml"),
                Files.readString(dir.resolve("organization.yaml"))
                        .replace(
                                "    organization: Harbor Outreach Project\n",
                                "    organization: Harbor Outreach Project\n"
                                        + "    signature: okafor.png\n"));
        assertThat(imagesOnSignersPage(Cli.exec("compose", letter.toString(), "-f", "pdf")))
                .isEqualTo(1);
        assertThat(imagesOnSignersPage(Cli.exec("compose", EXAMPLE, "-f", "pdf"))).isZero();
    }

    private static int imagesOnSignersPage(Cli.Result result) throws IOException {
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            int page = line(PdfLines.of(doc), "Maria Okafor").page();
            var resources = doc.getPage(page - 1).getResources();
            int images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            return images;
        }
    }

    private static void assertInWindow(
            Cli.Result result, PDRectangle paper, float left, float top, float width, float height)
            throws IOException {
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(paper.getWidth(), within(0.5f));
            assertThat(box.getHeight()).isEqualTo(paper.getHeight(), within(0.5f));
            List<Line> lines = PdfLines.of(doc).stream().filter(l -> l.page() == 1).toList();
            for (String text : ADDRESS) {
                Line l = line(lines, text);
                float ascent = l.size() * 0.9f;
                float descent = l.size() * 0.25f;
                assertThat(l.left()).as(text).isGreaterThanOrEqualTo(left);
                assertThat(l.right()).as(text).isLessThanOrEqualTo(left + width);
                assertThat(l.baseline() - ascent).as(text).isGreaterThanOrEqualTo(top);
                assertThat(l.baseline() + descent).as(text).isLessThanOrEqualTo(top + height);
            }
            Line sender =
                    lines.stream()
                            .filter(l -> l.text().startsWith("Rights Not Rescue Coalition ·"))
                            .findFirst()
                            .orElseThrow();
            assertThat(sender.left()).isGreaterThanOrEqualTo(left);
            assertThat(sender.right()).isLessThanOrEqualTo(left + width);
            assertThat(sender.baseline() - sender.size()).isGreaterThanOrEqualTo(top);
            assertThat(sender.baseline()).isLessThan(line(lines, ADDRESS.get(0)).baseline());
            // The letter goes on below the window.
            assertThat(line(lines, "Dear Mr. Shetty,").baseline()).isGreaterThan(top + height);
        }
    }

    private static List<Line> pdfLines(Cli.Result result) throws IOException {
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            return PdfLines.of(doc);
        }
    }

    private static Line line(List<Line> lines, String text) {
        return lines.stream()
                .filter(l -> l.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines));
    }

    private static org.assertj.core.data.Offset<Float> within(float f) {
        return org.assertj.core.data.Offset.offset(f);
    }
}
