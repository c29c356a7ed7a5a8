package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.advocate.model.RenderedLetter;
import org.advocate.model.SectionMarkers;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocxWriterTest {
    @TempDir Path dir;

    static Stream<Path> goldenLetters() throws IOException {
        return HtmlWriterTest.goldenLetters();
    }

    @ParameterizedTest
    @MethodSource("goldenLetters")
    void theDocumentReadsAsTheLetter(Path golden) throws IOException {
        String markdown = Files.readString(golden);
        try (XWPFDocument doc = read(docx(HtmlWriterTest.letter(markdown, null)))) {
            assertThat(LetterText.normalize(bodyText(doc))).isEqualTo(LetterText.of(markdown));
        }
    }

    @Test
    void writingTwiceGivesTheSameBytesDatedByTheLetter() throws IOException {
        String md = Files.readString(Path.of("src/test/resources/golden/legislators/letter.md"));
        byte[] first = docx(HtmlWriterTest.letter(md, null));
        assertThat(docx(HtmlWriterTest.letter(md, null))).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo("2024-03-18T00:00");
            }
        }
        try (XWPFDocument doc = read(first)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant())
                    .isEqualTo(LocalDate.of(2024, 3, 18).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(core.getModified()).isEqualTo(core.getCreated());
            assertThat(core.getTitle()).isEqualTo("A letter");
            assertThat(core.getCreator()).isEqualTo("Test Collective");
            assertThat(core.getKeywords()).isEqualTo("rights");
        }
        assertThat(OwnMark.unchanged(first)).isTrue();
        byte[] edited = first.clone();
        edited[100] ^= 1;
        assertThat(OwnMark.unchanged(edited)).isFalse();
    }

    @Test
    void hostileTextCannotBecomeAFieldMacroOrRelationship() throws Exception {
        byte[] docx = docx(HtmlWriterTest.letter(HtmlWriterTest.HOSTILE, null));
        Map<String, String> parts = parts(docx);
        String document = parts.get("word/document.xml");
        assertThat(document).doesNotContain("fldChar", "instrText", "fldSimple", "altChunk");
        assertThat(document).contains("{ INCLUDETEXT \"x\" }", "DDEAUTO");
        assertThat(parts.keySet())
                .allSatisfy(
                        name ->
                                assertThat(name)
                                        .doesNotContainIgnoringCase("vba")
                                        .doesNotContainIgnoringCase("embeddings")
                                        .doesNotContainIgnoringCase("activeX")
                                        .doesNotContainIgnoringCase("afchunk"));
        assertThat(parts.get("[Content_Types].xml")).doesNotContainIgnoringCase("macroEnabled");
        List<String> external = new ArrayList<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (part.getKey().endsWith(".rels")) {
                var m =
                        java.util.regex.Pattern.compile(
                                        "Target=\"([^\"]*)\" TargetMode=\"External\"")
                                .matcher(part.getValue());
                while (m.find()) {
                    external.add(m.group(1));
                }
                assertThat(part.getValue()).doesNotContain("attachedTemplate", "oleObject");
            }
        }
        assertThat(external)
                .containsExactly(
                        "https://example.org/a%22onmouseover=%22alert(5)",
                        "https://example.org/ok", "mailto:info@example.org");
        // The only fields are the footer's own.
        String footer = parts.get("word/footer1.xml");
        assertThat(instructions(footer)).containsExactly("PAGE", "NUMPAGES");
        try (XWPFDocument doc = read(docx)) {
            assertThat(bodyText(doc))
                    .contains("js ent data file rel vb", "<script>alert('block')</script>");
            for (PackageRelationship r : doc.getPackagePart().getRelationships()) {
                if (r.getTargetMode() == TargetMode.EXTERNAL) {
                    assertThat(r.getRelationshipType()).endsWith("/hyperlink");
                }
            }
        }
    }

    @Test
    void thePartsOfTheLetterHaveNamedStylesAndThePageIsThePdfs() throws IOException {
        String md =
                Files.readString(Path.of("src/test/resources/golden/amnesty-support/letter.md"));
        try (XWPFDocument doc = read(docx(HtmlWriterTest.letter(md, null)))) {
            Map<String, String> styleOf = new LinkedHashMap<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                styleOf.putIfAbsent(p.getText().strip(), String.valueOf(p.getStyle()));
            }
            assertThat(doc.getParagraphs().get(0).getText()).startsWith("Sex Workers Project");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Letterhead");
            assertThat(styleOf.get("August 20, 2015")).isEqualTo("LetterDate");
            assertThat(styleOf.entrySet())
                    .anySatisfy(e -> assertThat(e.getValue()).isEqualTo("RecipientAddress"))
                    .anySatisfy(e -> assertThat(e.getValue()).isEqualTo("Closing"))
                    .anySatisfy(e -> assertThat(e.getValue()).isEqualTo("Sources"));
            for (String id :
                    List.of(
                            "Normal",
                            "Letterhead",
                            "RecipientAddress",
                            "Closing",
                            "Signatories",
                            "Sources",
                            "Quote",
                            "ListParagraph",
                            "Heading1",
                            "Strong",
                            "Emphasis",
                            "Hyperlink")) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en-US");
            var section = doc.getDocument().getBody().getSectPr();
            // US English: Letter paper, 8.5 x 11 in, in twentieths of a point.
            assertThat(section.getPgSz().getW().toString()).isEqualTo("12240");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("15840");
            // The sources are a numbered list, numbered by Word.
            assertThat(
                            doc.getParagraphs().stream()
                                    .filter(p -> "Sources".equals(p.getStyle()))
                                    .filter(p -> p.getNumID() != null)
                                    .count())
                    .isGreaterThan(1);
        }
    }

    @Test
    void theFooterSaysPageXOfYInTheLettersLanguage() throws IOException {
        RenderedLetter french =
                HtmlWriterTest.letter(
                        "Bonjour", null, Locale.forLanguageTag("fr-FR"), LocalDate.of(2024, 1, 2));
        byte[] docx = docx(french);
        String footer = parts(docx).get("word/footer1.xml");
        String label = french.metadata().messages().text("page");
        assertThat(label).contains("{page}", "{pages}");
        String words = label.replace("{page}", "").replace("{pages}", "").strip();
        assertThat(footer).contains(words.split(" ")[0]);
        try (XWPFDocument doc = read(docx)) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906"); // A4 in France
        }
    }

    @Test
    void theLogoAndSignatureArePictures() throws IOException {
        Path logo = dir.resolve("logo.png");
        Files.write(logo, Images.png(300, 100));
        String md =
                String.join(
                        "\n\n",
                        SectionMarkers.marker("letterhead"),
                        "**Org**",
                        SectionMarkers.marker("closing"),
                        "Yours,",
                        "Jo Doe");
        try (XWPFDocument doc = read(docx(HtmlWriterTest.letter(md, logo, logo)))) {
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(1);
            List<String> texts =
                    doc.getParagraphs().stream().map(p -> p.getText().strip()).toList();
            int signature = indexOfPicture(doc, 1); // the second paragraph with a picture
            assertThat(texts.get(signature - 1)).isEqualTo("Yours,");
            assertThat(texts.get(signature + 1)).isEqualTo("Jo Doe");
            var picture =
                    doc.getParagraphs()
                            .get(indexOfPicture(doc, 0))
                            .getRuns()
                            .get(0)
                            .getEmbeddedPictures()
                            .get(0);
            // Kept in shape, 54 pt high at most.
            assertThat(picture.getDepth()).isLessThanOrEqualTo(54.0);
            assertThat(picture.getWidth() / picture.getDepth())
                    .isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        }
    }

    private static int indexOfPicture(XWPFDocument doc, int nth) {
        int seen = 0;
        for (int i = 0; i < doc.getParagraphs().size(); i++) {
            boolean has =
                    doc.getParagraphs().get(i).getRuns().stream()
                            .anyMatch(r -> !r.getEmbeddedPictures().isEmpty());
            if (has && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no picture " + nth);
    }

    private static List<String> instructions(String xml) {
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<w:instrText[^>]*>\\s*([A-Z]+)").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The text of the document's body: paragraphs and table cells, in order. */
    static String bodyText(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text.append(p.getText()).append(' ');
            } else if (element instanceof XWPFTable t) {
                t.getRows()
                        .forEach(
                                r ->
                                        r.getTableCells()
                                                .forEach(
                                                        c -> text.append(c.getText()).append(' ')));
            }
        }
        return text.toString();
    }

    static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static byte[] docx(RenderedLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(letter, OutputOptions.DEFAULT, out);
        return out.toByteArray();
    }
}
