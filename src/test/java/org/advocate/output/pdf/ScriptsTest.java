package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Names and text in scripts the text faces lack: the bundled fonts, the choice of font per
 * character, shaping, direction and text extraction.
 */
class ScriptsTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();
    private static final FallbackFonts FALLBACK = FallbackFonts.standard();
    private static final Shaper SHAPER = Shaper.standard();
    private static final Font SERIF =
            FontSet.standard().font(Face.SERIF, 11f, java.awt.Color.BLACK);

    /** Signatories in ten scripts, as a coalition's sign-on list gathers them. */
    static final List<String> TEN_SCRIPTS =
            List.of(
                    "Harbour Light Collective",
                    "Κόκκινη Ομπρέλα",
                    "Серебряная роза",
                    "جمعية الأمل للحقوق",
                    "עמותת מגדלור",
                    "संग्राम",
                    "দুর্বার মহিলা সমন্বয় কমিটি",
                    "மகளிர் உரிமை மையம்",
                    "มูลนิธิเอ็มพาวเวอร์",
                    "የሴቶች መብት ማኅበር");

    private static DocumentSpec spec(Locale locale, String runningHeader) {
        return new DocumentSpec(
                Paper.A4,
                false,
                "A title",
                "Alliance",
                "A subject",
                List.of(),
                locale,
                LocalDate.of(2024, 3, 18),
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

    private static String signOn() {
        StringBuilder md = new StringBuilder("Signed by:\n\n");
        for (String name : TEN_SCRIPTS) {
            md.append("- Member: ").append(name).append(" (since 2019)\n");
        }
        return md.append("\nAnd in a sentence: we, ")
                .append(TEN_SCRIPTS.get(3))
                .append(" and ")
                .append(TEN_SCRIPTS.get(4))
                .append(", ask for change.\n")
                .toString();
    }

    /**
     * The text PDFBox extracts, lines by position, runs of spaces as one: PDFBox measures a shaped
     * run by its glyphs' own widths, which for marks and conjuncts are more than they advance, and
     * reads the difference as a space or two.
     */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll(" +", " ");
        }
    }

    /**
     * PDFBox puts each line's text in logical order by the Unicode bidirectional algorithm, taking
     * the line's direction from its first letter: the lines checked here start in English, as a
     * sign-on list's do ("Country: name (city)").
     */
    @Test
    void aSignOnInTenScriptsRendersAndExtractsInLogicalOrder() throws IOException {
        String text = text(render(signOn(), spec(Locale.CANADA, null)));
        for (String name : TEN_SCRIPTS) {
            assertThat(text).contains("Member: " + name + " (since 2019)");
        }
        // An Arabic and a Hebrew name inside an English line keep their place and their order.
        assertThat(text)
                .contains("we, " + TEN_SCRIPTS.get(3) + " and " + TEN_SCRIPTS.get(4) + ", ask");
    }

    @Test
    void theSameLetterTwiceIsByteIdentical() throws IOException {
        assertThat(render(signOn(), spec(Locale.CANADA, null)))
                .isEqualTo(render(signOn(), spec(Locale.CANADA, null)));
    }

    @Test
    void documentsShapedOnManyThreadsAtOnceAreIdentical() throws Exception {
        byte[] alone = render(signOn(), spec(Locale.CANADA, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() -> render(signOn(), spec(Locale.CANADA, null))));
            }
            for (Future<byte[]> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameInAnotherScriptInTheRunningHeaderPrints() throws IOException {
        String text =
                text(
                        render(
                                "long text. ".repeat(700),
                                spec(Locale.CANADA, "Alliance · " + TEN_SCRIPTS.get(3))));
        assertThat(text).contains("Alliance · " + TEN_SCRIPTS.get(3));
    }

    @Test
    void aCharacterNoFontHasIsStillAnError() {
        assertThatThrownBy(() -> render("Signed: 北京 group", spec(Locale.CANADA, null)))
                .isInstanceOfSatisfying(
                        UnprintableCharacterException.class,
                        e -> assertThat(e.codePoint()).isEqualTo(0x5317));
    }

    @ParameterizedTest
    @CsvSource({
        "ARABIC, جمعية الأمل",
        "HEBREW, עמותת מגדלור",
        "DEVANAGARI, संग्राम क्षेत्र",
        "BENGALI, দুর্বার মহিলা",
        "TAMIL, மகளிர் உரிமை",
        "THAI, มูลนิธิเอ็มพาวเวอร์",
        "ETHIOPIC, የሴቶች መብት"
    })
    void everyBundledScriptShapesWithoutMissingGlyphs(UnicodeScript script, String text) {
        for (boolean bold : new boolean[] {false, true}) {
            BaseFont font = FALLBACK.bundled(script, bold);
            assertThat(font).as("%s bold=%s", script, bold).isNotNull();
            assertThat(SHAPER.shapes(font)).isTrue();
            GlyphVector glyphs = SHAPER.shape(font, 12f, text);
            for (int g = 0; g < glyphs.getNumGlyphs(); g++) {
                assertThat(glyphs.getGlyphCode(g)).as("%s glyph %d", script, g).isNotZero();
            }
            assertThat(SHAPER.missing(font, text)).isEqualTo(-1);
        }
    }

    @Test
    void arabicLettersJoin() {
        BaseFont naskh = FALLBACK.bundled(UnicodeScript.ARABIC, false);
        String word = "جمعية";
        int[] joined = codes(SHAPER.shape(naskh, 12f, word));
        int[] isolated =
                word.codePoints()
                        .map(cp -> SHAPER.shape(naskh, 12f, Character.toString(cp)).getGlyphCode(0))
                        .toArray();
        // Drawn right to left: the first glyph is the last letter. Each letter's joined form
        // differs from its isolated one, except where Arabic has no joining form to take.
        int[] reversed = new int[isolated.length];
        for (int i = 0; i < isolated.length; i++) {
            reversed[i] = isolated[isolated.length - 1 - i];
        }
        assertThat(joined).hasSameSizeAs(reversed);
        int differing = 0;
        for (int i = 0; i < joined.length; i++) {
            differing += joined[i] != reversed[i] ? 1 : 0;
        }
        assertThat(differing)
                .as(Arrays.toString(joined) + " vs " + Arrays.toString(reversed))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void devanagariAndBengaliConjunctsTakeFewerGlyphsThanCharacters() {
        BaseFont devanagari = FALLBACK.bundled(UnicodeScript.DEVANAGARI, false);
        String ksha = "क्ष"; // KA, VIRAMA, SSA: one conjunct
        assertThat(SHAPER.shape(devanagari, 12f, ksha).getNumGlyphs()).isLessThan(3);
        BaseFont bengali = FALLBACK.bundled(UnicodeScript.BENGALI, false);
        String ndba = "ন্ব"; // NA, VIRAMA, BA
        assertThat(SHAPER.shape(bengali, 12f, ndba).getNumGlyphs()).isLessThan(3);
    }

    @Test
    void shapedWidthIsWhatTheBreakerMeasures() {
        BaseFont devanagari = FALLBACK.bundled(UnicodeScript.DEVANAGARI, false);
        Font font = new Font(devanagari, 10f);
        String word = "क्षेत्र";
        float unshaped = devanagari.getWidthPoint(word, 10f);
        float shaped = SHAPER.width(font, word);
        assertThat(shaped).isPositive().isNotEqualTo(unshaped);
        assertThat(new TextRun(word, font, null, 0f, false).width(word)).isEqualTo(shaped);
        // The text faces are measured as before, without shaping.
        assertThat(SHAPER.width(SERIF, "Letter"))
                .isEqualTo(SERIF.getBaseFont().getWidthPoint("Letter", 11f));
    }

    @Test
    void theTextFaceSetsWhatItHasAndTheChainTheRest() {
        FontChain chain = new FontChain(FALLBACK, List.of());
        List<FontChain.Part> parts =
                chain.split("Empower Foundation (มูลนิธิเอ็มพาวเวอร์) joins", SERIF, false);
        assertThat(parts)
                .extracting(FontChain.Part::text)
                .containsExactly("Empower Foundation (", "มูลนิธิเอ็มพาวเวอร์", ") joins");
        assertThat(parts.get(0).font()).isSameAs(SERIF);
        assertThat(parts.get(1).font().getBaseFont())
                .isSameAs(FALLBACK.bundled(UnicodeScript.THAI, false));
        assertThat(parts.get(2).font()).isSameAs(SERIF);
    }

    @Test
    void spacesStayInTheTextFaceAndPunctuationItLacksGoesToANeighbour() {
        FontChain chain = new FontChain(FALLBACK, List.of());
        List<FontChain.Part> parts = chain.split("by جمعية الأمل، today", SERIF, false);
        assertThat(parts)
                .extracting(FontChain.Part::text)
                .containsExactly("by ", "جمعية", " ", "الأمل،", " today");
        assertThat(parts.get(3).font().getBaseFont())
                .isSameAs(FALLBACK.bundled(UnicodeScript.ARABIC, false));
    }

    @Test
    void boldTextTakesTheBoldFallback() {
        FontChain chain = new FontChain(FALLBACK, List.of());
        List<FontChain.Part> parts = chain.split("संग्राम", SERIF, true);
        assertThat(parts.get(0).font().getBaseFont())
                .isSameAs(FALLBACK.bundled(UnicodeScript.DEVANAGARI, true));
    }

    @Test
    void hebrewIsSetInAShapedFontThoughTheTextFaceHasIt() {
        // Liberation Serif has Hebrew letters but would draw them in logical order.
        assertThat(SERIF.getBaseFont().charExists('ע')).isTrue();
        FontChain chain = new FontChain(FALLBACK, List.of());
        assertThat(chain.split("עמותת", SERIF, false).get(0).font().getBaseFont())
                .isSameAs(FALLBACK.bundled(UnicodeScript.HEBREW, false));
    }

    @Test
    void combiningSequencesStayWithTheirBase() {
        FontChain chain = new FontChain(FALLBACK, List.of());
        // e + COMBINING ACUTE (the text face has both), and Thai with its marks.
        assertThat(chain.split("Cafe\u0301", SERIF, false)).hasSize(1);
        List<FontChain.Part> parts = chain.split("x เอ็ม", SERIF, false);
        assertThat(parts).extracting(FontChain.Part::text).containsExactly("x ", "เอ็ม");
    }

    @Test
    void userFontsComeBeforeTheBundledOnes() throws IOException {
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("advocate-font", ".ttf");
        try (var in =
                getClass()
                        .getClassLoader()
                        .getResourceAsStream("fonts/noto/NotoSerifThai-Bold.ttf")) {
            java.nio.file.Files.write(copy, in.readAllBytes());
        }
        BaseFont user = FALLBACK.user(copy);
        assertThat(FALLBACK.user(copy)).isSameAs(user);
        FontChain chain = new FontChain(FALLBACK, List.of(user));
        assertThat(chain.split("มูลนิธิ", SERIF, false).get(0).font().getBaseFont()).isSameAs(user);
        // The text face still comes first.
        assertThat(chain.split("Foundation", SERIF, false).get(0).font()).isSameAs(SERIF);
        java.nio.file.Files.delete(copy);
    }

    private static int[] codes(GlyphVector glyphs) {
        int[] out = new int[glyphs.getNumGlyphs()];
        for (int i = 0; i < out.length; i++) {
            out[i] = glyphs.getGlyphCode(i);
        }
        return out;
    }
}
