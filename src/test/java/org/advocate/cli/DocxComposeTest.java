package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.advocate.output.LetterText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX through the command line: the letter's text, reproducible, and as long as the PDF. */
class DocxComposeTest {
    @TempDir Path dir;

    @Test
    void composesTheExampleAsAReproducibleDocumentWithTheLettersText() throws IOException {
        Path out = dir.resolve("x.docx");
        Cli.Result first = Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-o", out.toString());
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        // A second run replaces its own unchanged file, with the same bytes.
        Cli.Result second = Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-o", out.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
        assertThat(Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-f", "docx").outBytes())
                .isEqualTo(bytes);

        String md = Cli.exec("compose", ComposeCommandTest.EXAMPLE).out();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append(' ');
            }
            assertThat(LetterText.normalize(text.toString())).isEqualTo(LetterText.of(md));
        }
    }

    @Test
    void checkCoversDocx() {
        Cli.Result check = Cli.exec("check", ComposeCommandTest.EXAMPLE, "--for", "docx,html");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    /**
     * Where LibreOffice is installed, it opens the DOCX and prints it within one page of the PDF
     * writer's length, with the letter's words.
     */
    @Test
    void libreOfficeLaysItOutWithinOnePageOfThePdf() throws Exception {
        String soffice = Executables.find("soffice", "libreoffice");
        Assumptions.assumeTrue(
                soffice != null, "LibreOffice is not installed: DOCX not checked in it");
        for (String example : List.of("amnesty-support", "coalition-sign-on")) {
            String letter = "examples/" + example + "/letter.yaml";
            Path docx = dir.resolve(example + ".docx");
            Path pdf = dir.resolve(example + "-advocate.pdf");
            assertThat(Cli.exec("compose", letter, "-o", docx.toString()).code()).isZero();
            assertThat(Cli.exec("compose", letter, "-o", pdf.toString()).code()).isZero();
            Path converted = dir.resolve("converted");
            Process p =
                    new ProcessBuilder(
                                    soffice,
                                    "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                                    "--headless",
                                    "--convert-to",
                                    "pdf",
                                    "--outdir",
                                    converted.toString(),
                                    docx.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(dir.resolve("soffice.log").toFile())
                            .start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            Path printed = converted.resolve(example + ".pdf");
            assertThat(printed).as(Files.readString(dir.resolve("soffice.log"))).exists();
            try (PDDocument office = Loader.loadPDF(printed.toFile());
                    PDDocument ours = Loader.loadPDF(pdf.toFile())) {
                assertThat(office.getNumberOfPages())
                        .as(example)
                        .isBetween(ours.getNumberOfPages() - 1, ours.getNumberOfPages() + 1);
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(office);
                assertThat(text).contains("Page 1 of " + office.getNumberOfPages());
            }
        }
    }
}
