package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 14);

    private static DocumentSpec spec(Paper paper, String runningHeader) {
        return new DocumentSpec(
                paper,
                false,
                "A title",
                "Río Collective",
                "A subject",
                List.of("health", "housing"),
                Locale.forLanguageTag("es-PE"),
                DATE,
                "advocate test",
                runningHeader,
                "Page {page} of {pages}",
                "(continued)",
                null,
                null,
                new byte[16],
                Typesetting.DEFAULT);
    }

    private static byte[] render(String markdown, DocumentSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(PARSER.parse(markdown), spec, out);
        return out.toByteArray();
    }

    private static byte[] render(String markdown) throws IOException {
        return render(markdown, spec(Paper.A4, null));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return String.join("\n", Pdfs.pageTexts(doc));
        }
    }

    @Test
    void aSignatoryGridCarriedToANewPageSaysItIsContinued() throws IOException {
        StringBuilder grid = new StringBuilder("<!-- advocate:section signatories -->\n\n");
        for (int i = 1; i <= 14; i++) {
            grid.append("- Member Collective ").append(i).append(" (Lima)\n");
        }
        int split = 0;
        for (int filler = 24; filler <= 40; filler++) {
            StringBuilder md = new StringBuilder();
            for (int i = 0; i < filler; i++) {
                md.append("Line ").append(i).append(" of the body.\n\n");
            }
            md.append(grid);
            try (PDDocument doc = Pdfs.load(render(md.toString()))) {
                List<String> pages = Pdfs.pageTexts(doc);
                int first = pageOf(pages, "Member Collective 1 ");
                int last = pageOf(pages, "Member Collective 14 ");
                if (first != last) {
                    split++;
                    assertThat(pages.get(last - 1))
                            .as("%d lines", filler)
                            .containsSubsequence("(continued)", "Member Collective 14 ");
                }
                assertThat(pages.get(first - 1))
                        .as("%d lines", filler)
                        .doesNotContain("(continued)");
            }
        }
        // Some of the lengths tried carried the grid over a page break: that case was tested.
        assertThat(split).isPositive();
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page with " + text);
    }

    private static List<PDAnnotationLink> links(byte[] pdf) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }
        }
        return links;
    }

    private static String uri(PDAnnotationLink link) throws IOException {
        return ((PDActionURI) link.getAction()).getURI();
    }

    @Test
    void printsTheTextOfEveryKindOfInline() throws IOException {
        String text =
                text(
                        render(
                                "# Dear friends\n\n"
                                        + "We ask for *clean* **water** and `code` now.\n\n"
                                        + "- one\n"
                                        + "- two\n"));
        assertThat(text)
                .contains("Dear friends")
                .contains("clean")
                .contains("water")
                .contains("code")
                .contains("one")
                .contains("two")
                .contains("Page 1 of 1");
    }

    @Test
    void embedsEveryFontAsASubsetWithTheTagItsFaceDerives() throws IOException {
        // Greek is outside the shared programs' repertoire: each face gets a subset of its own.
        byte[] pdf = render("Plain \u03a9 *italic \u03a9* **bold \u03a9** `mono \u03a9`");
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<PDFont> fonts = Pdfs.fonts(doc);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .allMatch(n -> n.matches("[A-Z]{6}\\+Liberation.*"));
            String serifTag = tag(Face.SERIF);
            assertThat(fonts)
                    .extracting(PDFont::getName)
                    .contains(serifTag + "+LiberationSerif")
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Italic"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Bold"))
                    .anyMatch(n -> n.endsWith("+LiberationMono"));
        }
    }

    private static String tag(Face face) {
        SubsetTagRandom random = new SubsetTagRandom(face.resource());
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) (random.nextDouble() * 26 + 'A'));
        }
        return tag.toString();
    }

    @Test
    void writesTheSpecsMetadataAndNothingFromTheClock() throws IOException {
        try (PDDocument doc = Pdfs.load(render("Hello"))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("A title");
            assertThat(info.getAuthor()).isEqualTo("Río Collective");
            assertThat(info.getSubject()).isEqualTo("A subject");
            assertThat(info.getKeywords()).isEqualTo("health, housing");
            assertThat(info.getCreator()).isEqualTo("advocate test");
            assertThat(info.getProducer()).isEqualTo("advocate test");
            Calendar created = info.getCreationDate();
            assertThat(created.getTimeInMillis())
                    .isEqualTo(
                            DATE.atStartOfDay(TimeZone.getTimeZone("UTC").toZoneId())
                                    .toInstant()
                                    .toEpochMilli());
            assertThat(info.getModificationDate().getTimeInMillis())
                    .isEqualTo(created.getTimeInMillis());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es-PE");
            assertThat(doc.getVersion()).isEqualTo(1.7f);
        }
    }

    @Test
    void equalInputsGiveEqualBytesWhateverWasRenderedBefore() throws IOException {
        byte[] first = render("Same letter, *same* bytes.");
        render("Something else entirely, **in bold**, `and mono`.");
        assertThat(render("Same letter, *same* bytes.")).isEqualTo(first);
    }

    @Test
    void theSpecsPaperSizesThePage() throws IOException {
        try (PDDocument doc = Pdfs.load(render("x", spec(Paper.A4, null)))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
        try (PDDocument doc = Pdfs.load(render("x", spec(Paper.LETTER, null)))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void anEmptyDocumentIsOneBlankPage() throws IOException {
        try (PDDocument doc = Pdfs.load(render(""))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theRunningHeaderAppearsFromPageTwoOnly() throws IOException {
        String markdown = "Paragraph of the letter that goes on.\n\n".repeat(120);
        try (PDDocument doc = Pdfs.load(render(markdown, spec(Paper.A4, "Sender · Recipient")))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            List<String> pages = Pdfs.pageTexts(doc);
            int n = pages.size();
            assertThat(pages.get(0)).doesNotContain("Recipient").contains("Page 1 of " + n);
            assertThat(pages.get(1)).contains("Sender · Recipient").contains("Page 2 of " + n);
        }
    }

    @Test
    void onlyWebAndMailLinksAreLive() throws IOException {
        byte[] pdf =
                render(
                        "[web](https://example.org/a) [mail](mailto:a@example.org)"
                                + " [script](javascript:alert(1)) [data](data:text/html,x)"
                                + " [file](file:///etc/passwd) [rel](page.html)");
        List<PDAnnotationLink> links = links(pdf);
        List<String> uris = new ArrayList<>();
        for (PDAnnotationLink link : links) {
            uris.add(uri(link));
        }
        assertThat(uris).containsExactlyInAnyOrder("https://example.org/a", "mailto:a@example.org");
        assertThat(text(pdf))
                .contains("web")
                .contains("script")
                .contains("data")
                .contains("file")
                .contains("rel");
    }

    @Test
    void anEntityCannotHideAScheme() throws IOException {
        byte[] pdf = render("[x](&#106;avascript:alert(1)) [y](java&#x73;cript:alert(1))");
        assertThat(links(pdf)).isEmpty();
        assertThat(text(pdf)).contains("x").contains("y");
    }

    @Test
    void sectionMarkersAreNeverPrintedButOtherHtmlIs() throws IOException {
        String text =
                text(
                        render(
                                "<!-- advocate:section date -->\n\n14 March\n\n"
                                        + "<!-- advocate:section body -->\n\nBody text\n\n"
                                        + "<div>literal html</div>\n\nInline <b>tag</b> here\n"));
        assertThat(text)
                .doesNotContain("advocate:section")
                .contains("14 March")
                .contains("Body text");
        assertThat(text).contains("<div>literal html</div>").contains("<b>tag</b>");
    }

    @Test
    void anImagePrintsItsAltTextAndLoadsNothing() throws IOException {
        byte[] pdf = render("Before ![the alt text](file:///etc/hosts) after");
        assertThat(text(pdf)).contains("the alt text");
        try (PDDocument doc = Pdfs.load(pdf)) {
            var resources = doc.getPage(0).getResources();
            // The page-count template is a form; no image is among the XObjects.
            assertThat(resources.getXObjectNames()).noneMatch(resources::isImageXObject);
        }
    }

    @Test
    void aCharacterNoFontHasIsAnError() {
        assertThatThrownBy(() -> render("Hello \u4e16\u754c"))
                .isInstanceOfSatisfying(
                        UnprintableCharacterException.class,
                        e -> assertThat(e.codePoint()).isEqualTo(0x4e16));
    }

    @Test
    void anUnprintableRunningHeaderIsAnError() {
        assertThatThrownBy(() -> render("x", spec(Paper.A4, "To \uD83D\uDE00")))
                .isInstanceOf(UnprintableCharacterException.class);
    }

    @Test
    void doesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out =
                new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                };
        RENDERER.render(PARSER.parse("x"), spec(Paper.A4, null), out);
        assertThat(closed[0]).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void anAddedFactoryWinsOverTheBuiltInRenderers() throws IOException {
        PdfRenderer custom =
                PdfRenderer.builder()
                        .nodeRendererFactory(
                                context ->
                                        new org.commonmark.renderer.NodeRenderer() {
                                            @Override
                                            public java.util.Set<
                                                            Class<
                                                                    ? extends
                                                                            org.commonmark.node
                                                                                    .Node>>
                                                    getNodeTypes() {
                                                return java.util.Set.of(
                                                        org.commonmark.node.Text.class);
                                            }

                                            @Override
                                            public void render(org.commonmark.node.Node node) {
                                                context.getWriter()
                                                        .text(
                                                                ((org.commonmark.node.Text) node)
                                                                        .getLiteral()
                                                                        .toUpperCase(Locale.ROOT));
                                            }
                                        })
                        .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        custom.render(PARSER.parse("quiet words"), spec(Paper.A4, null), out);
        assertThat(text(out.toByteArray())).contains("QUIET WORDS").doesNotContain("quiet");
    }

    @Test
    void theSpecCopiesItsDocumentId() {
        byte[] id = new byte[16];
        DocumentSpec spec =
                new DocumentSpec(
                        Paper.A4,
                        false,
                        null,
                        null,
                        null,
                        List.of(),
                        Locale.UK,
                        DATE,
                        "p",
                        null,
                        "Page {page} of {pages}",
                        "(continued)",
                        null,
                        null,
                        id,
                        Typesetting.DEFAULT);
        id[0] = 9;
        assertThat(spec.documentId()[0]).isZero();
        spec.documentId()[1] = 9;
        assertThat(spec.documentId()[1]).isZero();
    }
}
