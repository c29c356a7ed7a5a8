package org.advocate.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.model.MergedValue;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/**
 * A proof of the legislators example (a batch with rows) marks every merged value it prints, in the
 * Markdown and as a highlight in the PDF, stamps its draft mark on every page, and says the same
 * words as the letter.
 */
class ProofTest {
    private static final Path LETTER = Path.of("examples/legislators/letter.yaml");
    private static final Path ROWS = Path.of("examples/legislators/recipients.csv");
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    /** Merged values the urge template uses but does not print. */
    private static final Set<String> UNPRINTED =
            Set.of("recipient.honorific", "recipient.salutation", "recipient.firstName");

    private record Pair(RenderedLetter proof, RenderedLetter letter) {}

    private static List<Pair> render(int limit) {
        Library library = Library.builtIn();
        List<Pair> out = new ArrayList<>();
        try (Composer proofs = Composer.builder(library).proof(true).build();
                Composer letters = Composer.builder(library).build();
                RowReader rows = RowReader.open(ROWS, null)) {
            PreparedLetter proof =
                    proofs.prepare(LetterInput.read(LETTER), LetterLoader.Options.none());
            PreparedLetter letter =
                    letters.prepare(LetterInput.read(LETTER), LetterLoader.Options.none());
            while (rows.hasNext() && out.size() < limit) {
                Row row = rows.next();
                out.add(new Pair(proofs.render(proof, row), letters.render(letter, row)));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** What a reader sees of some Markdown, with straight apostrophes. */
    private static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).replace('’', '\'');
    }

    @Test
    void theMarkdownMarksEveryMergedValueItPrintsAndChangesNothingElse() {
        List<Pair> pairs = render(Integer.MAX_VALUE);
        assertThat(pairs).hasSize(50);
        for (Pair pair : pairs) {
            String proof = pair.proof().markdown();
            assertThat(proof.replace("<mark>", "").replace("</mark>", ""))
                    .isEqualTo(pair.letter().markdown());
            List<String> marked = new ArrayList<>();
            Matcher m = MARK.matcher(proof);
            while (m.find()) {
                marked.add(text(m.group(1)).strip());
            }
            String printed = text(pair.letter().markdown());
            Set<String> checked = new HashSet<>();
            for (MergedValue v : pair.proof().metadata().values()) {
                String value = v.value().replace('’', '\'');
                if (UNPRINTED.contains(v.field())) {
                    continue;
                }
                assertThat(printed).as(v.field()).contains(value);
                assertThat(marked).as(v.field() + " marked").anyMatch(s -> s.contains(value));
                checked.add(v.field());
            }
            assertThat(checked)
                    .contains(
                            "recipient.name",
                            "recipient.lastName",
                            "recipient.title",
                            "recipient.address[1]",
                            "recipient.address[3]",
                            "subject",
                            "occasion",
                            "organization.name",
                            "organization.email",
                            "organization.website",
                            "organization.signatory.name",
                            "organization.closing");
            // Values from the row and from the organization file, e.g. "District 01", "ESCSR".
            assertThat(marked).contains(pair.letter().metadata().addressee(), "ESCSR");
        }
    }

    @Test
    void onlyAProofSaysItIsOne() {
        Pair pair = render(1).get(0);
        assertThat(pair.proof().metadata().proof()).isTrue();
        assertThat(pair.letter().metadata().proof()).isFalse();
        assertThat(pair.letter().markdown()).doesNotContain("<mark>");
        LetterWriter md = Composer.builder(Library.builtIn()).build().writers().byName("md").get();
        assertThat(new String(bytes(md, pair.proof()), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("**DRAFT** · ")
                .contains("<mark>like this</mark>")
                .endsWith(pair.proof().markdown());
        assertThat(bytes(md, pair.letter()))
                .isEqualTo(
                        pair.letter().markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void thePdfHighlightsEveryMergedValueAndSaysDraftOnEveryPage() throws IOException {
        LetterWriter pdf =
                Composer.builder(Library.builtIn()).build().writers().byName("pdf").get();
        for (Pair pair : render(2)) {
            try (PDDocument doc = Pdfs.load(bytes(pdf, pair.proof()));
                    PDDocument letter = Pdfs.load(bytes(pdf, pair.letter()))) {
                assertThat(doc.getDocumentInformation().getTitle())
                        .isEqualTo("DRAFT - " + pair.letter().metadata().title());
                assertThat(letter.getDocumentInformation().getTitle())
                        .isEqualTo(pair.letter().metadata().title());
                String highlighted = "";
                String all = "";
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    Page page = Page.read(doc, p);
                    assertThat(page.diagonal).as("page " + (p + 1)).isEqualTo("DRAFT");
                    assertThat(page.highlights).as("page " + (p + 1)).isNotEmpty();
                    highlighted += page.highlighted;
                    all += page.text;
                }
                for (int p = 0; p < letter.getNumberOfPages(); p++) {
                    Page page = Page.read(letter, p);
                    assertThat(page.diagonal).isEmpty();
                    assertThat(page.highlights).isEmpty();
                }
                int checked = 0;
                for (MergedValue v : pair.proof().metadata().values()) {
                    String value = v.value().replaceAll("\\s", "").replace('\'', '’');
                    if (!UNPRINTED.contains(v.field()) && all.contains(value)) {
                        assertThat(highlighted).as(v.field()).contains(value);
                        checked++;
                    }
                }
                assertThat(checked).isGreaterThanOrEqualTo(15);
                // Only merged values are highlighted: the template's words are not.
                assertThat(highlighted).doesNotContain("Trafficking").doesNotContain("Sources");
            }
        }
    }

    private static byte[] bytes(LetterWriter writer, RenderedLetter letter) {
        try (Composer composer = Composer.builder(Library.builtIn()).build()) {
            return composer.bytes(letter, writer, OutputOptions.DEFAULT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A page read back: rectangles filled in the highlight colour, and the glyphs over them. */
    private static final class Page {
        final List<Rectangle2D> highlights = new ArrayList<>();
        String diagonal = "";
        String highlighted = "";
        String text = "";

        static Page read(PDDocument doc, int index) throws IOException {
            Page page = new Page();
            PDPage pdPage = doc.getPage(index);
            new Rectangles(pdPage, page.highlights).processPage(pdPage);
            float height = pdPage.getMediaBox().getHeight();
            StringBuilder diagonal = new StringBuilder();
            StringBuilder highlighted = new StringBuilder();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void processTextPosition(TextPosition t) {
                            if (t.getUnicode().isBlank()) {
                                return;
                            }
                            if (t.getTextMatrix().getShearY() != 0f) {
                                diagonal.append(t.getUnicode());
                                return;
                            }
                            text.append(t.getUnicode());
                            double x = t.getXDirAdj() + t.getWidthDirAdj() / 2;
                            double y = height - (t.getYDirAdj() - t.getHeightDir() / 2);
                            if (page.highlights.stream().anyMatch(r -> r.contains(x, y))) {
                                highlighted.append(t.getUnicode());
                            }
                        }
                    };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(doc);
            page.diagonal = diagonal.toString();
            page.highlighted = highlighted.toString();
            page.text = text.toString();
            return page;
        }
    }

    /** Collects the rectangles filled in the proof's highlight colour. */
    private static final class Rectangles extends PDFGraphicsStreamEngine {
        private static final Color HIGHLIGHT = new Color(0xFF, 0xF0, 0x9E);
        private final List<Rectangle2D> out;
        private final List<Rectangle2D> path = new ArrayList<>();

        Rectangles(PDPage page, List<Rectangle2D> out) {
            super(page);
            this.out = out;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
            r.add(p1);
            r.add(p2);
            r.add(p3);
            path.add(r);
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
            Color c =
                    rgb.length == 3
                            ? new Color(
                                    Math.round(rgb[0] * 255),
                                    Math.round(rgb[1] * 255),
                                    Math.round(rgb[2] * 255))
                            : null;
            if (HIGHLIGHT.equals(c)) {
                out.addAll(path);
            }
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
