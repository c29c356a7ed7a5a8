package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compose} to PDF, read back with PDFBox. */
class PdfComposeTest {
    private static final String EXAMPLE = ComposeCommandTest.EXAMPLE;
    private static final Pattern FOOTER = Pattern.compile("Page \\d+ of \\d+");
    private static final String RUNNING_HEADER =
            "Sex Workers Project · Salil Shetty · August 20, 2015";

    @TempDir Path dir;

    private byte[] pdf(String... extra) {
        List<String> args = new ArrayList<>(List.of("compose", EXAMPLE, "-f", "pdf"));
        args.addAll(Arrays.asList(extra));
        Cli.Result result = Cli.exec(args.toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        return result.outBytes();
    }

    @Test
    void theExamplePdfHasTheLettersTextInOrder() throws IOException {
        String markdown = Cli.exec("compose", EXAMPLE).out();
        try (PDDocument doc = Pdfs.load(pdf())) {
            List<String> pages = Pdfs.pageTexts(doc);
            assertThat(pages).hasSize(3);
            for (int p = 0; p < pages.size(); p++) {
                assertThat(pages.get(p)).contains("Page " + (p + 1) + " of 3");
            }
            assertThat(pages.get(0)).doesNotContain(RUNNING_HEADER);
            assertThat(pages.get(1)).startsWith(RUNNING_HEADER);
            String body =
                    pages.stream()
                            .flatMap(String::lines)
                            .filter(l -> !FOOTER.matcher(l.strip()).matches())
                            .filter(l -> !l.strip().equals(RUNNING_HEADER))
                            .collect(Collectors.joining("\n"));
            assertThat(words(body)).isEqualTo(words(plainText(markdown)));
            // Section markers lay the letter out and never print.
            assertThat(body).doesNotContain("advocate:section", "<!--");
        }
    }

    @Test
    void theExamplePdfHasMetadataAndOnlyEmbeddedSubsetFonts() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle())
                    .isEqualTo("Support for the policy on the human rights of sex workers");
            assertThat(info.getAuthor()).isEqualTo("Sex Workers Project");
            assertThat(info.getSubject()).isEqualTo(info.getTitle());
            assertThat(info.getKeywords()).contains("criminalization", "third-parties");
            assertThat(info.getCreator()).matches("advocate \\d+\\.\\d+\\.\\d+.*");
            assertThat(info.getProducer()).isEqualTo(info.getCreator());
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2015);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.AUGUST);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(20);
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
            assertThat(doc.getDocument().getDocumentID()).isNotNull();
            // en-US is written on Letter paper.
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(612f);
            assertThat(box.getHeight()).isEqualTo(792f);

            List<PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+Liberation.*");
            }
            assertThat(fonts.stream().map(PDFont::getName))
                    .anyMatch(n -> n.contains("LiberationSerif"))
                    .anyMatch(n -> n.contains("LiberationSans"));
        }
    }

    @Test
    void paperFollowsTheLocaleUnlessGiven() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf("--set", "locale=en-GB"))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, within(1f));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        try (PDDocument doc = Pdfs.load(pdf("--paper", "a4"))) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, within(1f));
        }
        try (PDDocument doc = Pdfs.load(pdf("--set", "locale=fr-CA", "--paper", "LETTER"))) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        assertThat(Cli.exec("compose", EXAMPLE, "-f", "pdf", "--paper", "legal").code())
                .isEqualTo(2);
    }

    @Test
    void aWrongPaperFromTheEnvironmentIsNamedAndOnlyMattersForPdf() {
        Cli cli = new Cli().env("ADVOCATE_PAPER", "a5");
        assertThat(cli.run("compose", EXAMPLE).code()).isZero();
        Cli.Result pdf = cli.run("compose", EXAMPLE, "-o", dir.resolve("l.pdf").toString());
        assertThat(pdf.code()).isEqualTo(3);
        assertThat(pdf.err())
                .isEqualTo("advocate: ADVOCATE_PAPER: expected letter or a4, found 'a5'\n");
        Cli.Result option = Cli.exec("compose", EXAMPLE, "--paper", "a5");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err()).startsWith("--paper: expected letter or a4, found 'a5'");
    }

    @Test
    void theFormatComesFromTheOptionOrTheFileName() throws IOException {
        Path pdf = dir.resolve("letter.PDF");
        assertThat(Cli.exec("compose", EXAMPLE, "-o", pdf.toString()).code()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-1.7".getBytes(StandardCharsets.UTF_8));

        Path md = dir.resolve("letter.md");
        assertThat(Cli.exec("compose", EXAMPLE, "-o", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).startsWith("<!-- advocate:section letterhead -->");

        Path forced = dir.resolve("letter.txt");
        assertThat(Cli.exec("compose", EXAMPLE, "-f", "pdf", "-o", forced.toString()).code())
                .isZero();
        assertThat(Files.readAllBytes(forced)).isEqualTo(Files.readAllBytes(pdf));

        // '-o -' is standard output, in the chosen format, as raw bytes.
        byte[] stdout = Cli.exec("compose", EXAMPLE, "-f", "pdf", "-o", "-").outBytes();
        assertThat(stdout).isEqualTo(Files.readAllBytes(pdf));

        Cli.Result unknown = Cli.exec("compose", EXAMPLE, "-f", "odt");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("-f: unknown format 'odt'; known: md, pdf, html, docx");

        // An extension no format writes is not silently Markdown.
        for (String name : new String[] {"letter.odt", "notes.txt"}) {
            Path file = dir.resolve(name);
            Cli.Result wrong = Cli.exec("compose", EXAMPLE, "-o", file.toString());
            assertThat(wrong.code()).isEqualTo(2);
            assertThat(wrong.err())
                    .contains(
                            "no format writes ."
                                    + name.substring(name.indexOf('.') + 1)
                                    + " files");
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void namesInManyScriptsPrint() throws IOException {
        String names = "Zoë Łukasiewicz, Nguyễn Thị, Ørsted, Ἀθῆναι, Иванова";
        try (PDDocument doc = Pdfs.load(pdf("--set", "recipient.name=" + names))) {
            String text = Pdfs.pageTexts(doc).get(0);
            assertThat(text).contains(names);
        }
    }

    @Test
    void aCharacterNoFontHasIsAnInputErrorNamingItsField() throws IOException {
        Path out = dir.resolve("letter.pdf");
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "-o",
                        out.toString(),
                        "--set",
                        "recipient.title=Scribe \uD80C\uDC00 of Thebes");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .startsWith("advocate: ")
                .startsWith("advocate: --set recipient.title: recipient.title: contains U+13000")
                .hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aCharacterNoFontHasIsNamedAtTheLineItWasWrittenOn() throws IOException {
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                "organization:\n"
                        + "  name: Example Network\n"
                        + "  signatory: { name: A. Person, title: Director }\n"
                        + "recipient:\n"
                        + "  name: Sam Reader\n"
                        + "  title: Scribe \uD80C\uDC00 of Thebes\n");
        Cli.Result result = Cli.exec("compose", letter.toString(), "-o", dir + "/x.pdf");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .startsWith("advocate: " + letter + ":6:10: recipient.title: contains U+13000")
                .hasLineCount(1);
    }

    /** Composes the example to letter.pdf, signed by the organizations of signers.csv. */
    private Cli.Result composeSignedBy(String signersCsv) throws IOException {
        Path signers = Files.writeString(dir.resolve("signers.csv"), signersCsv);
        return Cli.exec(
                "compose",
                EXAMPLE,
                "--signatories",
                signers.toString(),
                "-o",
                dir.resolve("letter.pdf").toString());
    }

    @Test
    void aCharacterNoFontHasInASignatoryNamesItsRow() throws IOException {
        Path signers = dir.resolve("signers.csv");
        Path out = dir.resolve("letter.pdf");
        Cli.Result result =
                composeSignedBy(
                        "Organization,Country\n"
                                + "Red Ejemplo,Peru\n"
                                + "Scribes \uD80C\uDC00 Guild,Egypt\n");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .startsWith("advocate: " + signers + ":3 (row 3): organization: contains U+13000")
                .hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void everyFieldWithCharactersNoFontHasIsNamedOnce() throws IOException {
        Path signers = dir.resolve("signers.csv");
        Cli.Result result =
                composeSignedBy(
                        "Organization,Country\n\u5317\u4EAC\u516C\u76CA\u7EC4,China\n"
                                + "Scribes \uD80C\uDC00\uD80C\uDC01 Guild,Egypt\n"
                                + "\u062C\u0645\u0639\u064A\u0629,Lebanon\nRed Ejemplo,Peru\n");
        assertThat(result.code()).isEqualTo(3);
        // The Arabic row prints (a bundled font has it); the other two name what no font has.
        assertThat(result.err().lines())
                .containsExactlyInAnyOrder(
                        "advocate: "
                                + signers
                                + ":2 (row 2): organization: contains U+5317 (CJK UNIFIED"
                                + " IDEOGRAPHS 5317), U+4EAC (CJK UNIFIED IDEOGRAPHS 4EAC), U+516C"
                                + " (CJK UNIFIED IDEOGRAPHS 516C) and 2 more characters, which none"
                                + " of the PDF's fonts can print; remove or replace them",
                        "advocate: "
                                + signers
                                + ":3 (row 3): organization: contains U+13000 (EGYPTIAN"
                                + " HIEROGLYPH A001) and U+13001 (EGYPTIAN HIEROGLYPH A002), which"
                                + " none of the PDF's fonts can print; remove or replace them");
    }

    @Test
    void onlyWebAndMailLinksAreLive() throws IOException {
        String paragraph =
                "Links: [a](javascript:alert(1)), [b](file:///etc/passwd),"
                        + " [c](java&#115;cript:alert(2)), [d](JAVASCRIPT:alert(3)),"
                        + " [e](data:text/html;base64,PHNjcmlwdD4=), [f](/relative),"
                        + " [g](https://example.org/ok), [h](mailto:info@example.org)."
                        + " Raw <b>html</b> and <script>alert(4)</script> print as text;"
                        + " ![an image](https://example.org/tracker.png) is not loaded.";
        try (PDDocument doc = Pdfs.load(pdf("--set", "paragraphs.before-closing=" + paragraph))) {
            List<String> uris = new ArrayList<>();
            int annotations = 0;
            for (var page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    annotations++;
                    assertThat(a).isInstanceOf(PDAnnotationLink.class);
                    assertThat(((PDAnnotationLink) a).getAction()).isInstanceOf(PDActionURI.class);
                    uris.add(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI());
                }
            }
            assertThat(uris).containsExactly("https://example.org/ok", "mailto:info@example.org");
            assertThat(annotations).isEqualTo(2);
            // Lines joined again: a word hyphenated at a line's end is one word.
            String text =
                    String.join("", Pdfs.pageTexts(doc))
                            .replaceAll("(\\p{L})-\n(\\p{L})", "$1$2")
                            .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Links: a, b, c, d, e, f, g, h.")
                    .contains("Raw <b>html</b> and <script>alert(4)</script> print as text;")
                    .contains("an image is not loaded.");
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
        }
    }

    @Test
    void aLongSignOnLetterKeepsTheClosingWithTheSignature() throws IOException {
        Files.copy(
                Path.of("examples/amnesty-support/organization.yaml"),
                dir.resolve("organization.yaml"));
        java.util.Set<Integer> closingPages = new java.util.TreeSet<>();
        for (int extra : new int[] {0, 12, 24, 36, 48, 60, 72, 84, 96, 108}) {
            StringBuilder yaml =
                    new StringBuilder(
                            Files.readString(Path.of(EXAMPLE))
                                    .replace("# A letter", "# Letter")
                                    // the example's own paragraphs (its last key) give way
                                    .replaceAll("(?s)\nparagraphs:.*", "\n"));
            yaml.append("paragraphs:\n  before-closing: |\n    A longer commitment.\n");
            for (int i = 0; i < extra; i++) {
                yaml.append("    Sentence ").append(i).append(" of a longer commitment.\n");
            }
            yaml.append("signatories:\n");
            for (int i = 1; i <= 400; i++) {
                yaml.append("  - { organization: Member Collective ")
                        .append(i)
                        .append(", country: Country ")
                        .append(i % 17)
                        .append(" }\n");
            }
            Path letter = dir.resolve("letter-" + extra + ".yaml");
            Files.writeString(letter, yaml);
            Cli.Result result = Cli.exec("compose", letter.toString(), "-f", "pdf");
            assertThat(result.err()).isEmpty();
            try (PDDocument doc = Pdfs.load(result.outBytes())) {
                List<String> pages = Pdfs.pageTexts(doc);
                // The 400 signatories are laid out compactly after the signature.
                int last = doc.getNumberOfPages();
                assertThat(last).as("pages with %d lines", extra).isBetween(4, 8);
                int closing = pageOf(pages, "In Solidarity,");
                int name = pageOf(pages, "Jane Doe\nDirector\nSex Workers Project");
                assertThat(closing).as("closing with %d extra lines", extra).isEqualTo(name);
                closingPages.add(closing);
                assertThat(pageOf(pages, "Member Collective 1 ")).isGreaterThanOrEqualTo(name);
                assertThat(pageOf(pages, "Member Collective 400 ")).isBetween(name, last);
                int firstMember = pageOf(pages, "Member Collective 1 ");
                int lastMember = pageOf(pages, "Member Collective 99 (Country 14)");
                for (int p = firstMember + 1; p <= lastMember; p++) {
                    // A list of signatories carried over says so.
                    assertThat(pages.get(p - 1)).as("page %d", p).contains("(continued)");
                }
                // The sources' heading is kept with their first entry; a long list may run on.
                assertThat(pageOf(pages, "Sources")).isBetween(last - 1, last);
                for (int p = 0; p < pages.size(); p++) {
                    assertThat(pages.get(p)).contains("Page " + (p + 1) + " of " + last);
                }
            }
        }
        // The longer texts pushed the closing over a page break: the case kept together is tested.
        assertThat(closingPages).hasSizeGreaterThan(1);
    }

    private static int pageOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            // A list of names wraps where it wraps: a space in the text may be a line's end.
            if (pages.get(p).contains(text)
                    || pages.get(p).replace('\n', ' ').contains(text.replace('\n', ' '))) {
                return p + 1;
            }
        }
        throw new AssertionError("not on any page: " + text);
    }

    /**
     * The words of a text, as a page and the Markdown can both show them: hyphens are left out (a
     * page hyphenates words at the ends of lines) and a citation marker is the numbers after the
     * word it follows (a page raises "[1, 2]" as a superscript "1,2").
     */
    private static List<String> words(String text) {
        String joined =
                text.replaceAll("-\\n", "")
                        .replaceAll(" ?\\[(\\d{1,3}(?:, ?\\d{1,3})*)\\]", "$1")
                        .replaceAll("(\\d),\\s(\\d)", "$1,$2")
                        .replace("-", "");
        return Arrays.stream(joined.split("\\s+"))
                .filter(w -> !w.isEmpty())
                .filter(w -> !w.matches("\\d+\\.|•|–"))
                .toList();
    }

    /** The text of the Markdown's text nodes: what a reader of the letter should see. */
    private static String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .build()
                .parse(markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(Text t) {
                                text.append(t.getLiteral());
                            }

                            @Override
                            public void visit(Code c) {
                                text.append(c.getLiteral());
                            }

                            @Override
                            public void visit(SoftLineBreak b) {
                                text.append(' ');
                            }

                            @Override
                            public void visit(HardLineBreak b) {
                                text.append('\n');
                            }

                            @Override
                            public void visit(Paragraph p) {
                                visitChildren(p);
                                text.append('\n');
                            }
                        });
        return text.toString();
    }
}
