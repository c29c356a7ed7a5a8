package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.SharedProgramFont;

class SharedFontProgramsTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();
    private static final FontSet FONTS = FontSet.standard();

    private static final String LATIN =
            "# Café «naïve» — “Œuvre” ‘Łódź’ Straße\n\n"
                    + "Plain text, *italic*, **bold**, ***both*** and `code`; 50 € … ‰ †.\n";

    private static SharedProgramFont face(Face face) {
        return (SharedProgramFont) FONTS.baseFont(face);
    }

    private static byte[] render(String markdown) throws IOException {
        DocumentSpec spec =
                new DocumentSpec(
                        Paper.A4,
                        false,
                        "Title",
                        "Author",
                        null,
                        List.of(),
                        Locale.UK,
                        LocalDate.of(2026, 1, 2),
                        "advocate test",
                        "Header",
                        "Page {page} of {pages}",
                        "(continued)",
                        null,
                        null,
                        new byte[16],
                        Typesetting.DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(PARSER.parse(markdown), spec, out);
        return out.toByteArray();
    }

    /** The embedded font program of each font, by the font's name, inflated. */
    private static Map<String, byte[]> programs(PDDocument doc) throws IOException {
        Map<String, byte[]> programs = new HashMap<>();
        for (PDFont font : Pdfs.fonts(doc)) {
            var file = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2();
            try (InputStream in = file.createInputStream()) {
                programs.put(font.getName(), in.readAllBytes());
            }
        }
        return programs;
    }

    private static byte[] inflate(byte[] deflated) throws IOException {
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(deflated))) {
            return in.readAllBytes();
        }
    }

    @Test
    void latinLettersEmbedTheSharedProgramOfEveryFaceTheyUse() throws IOException {
        try (PDDocument doc = Pdfs.load(render(LATIN))) {
            Map<String, byte[]> programs = programs(doc);
            for (Face f :
                    List.of(Face.SERIF, Face.SERIF_BOLD, Face.SERIF_ITALIC, Face.MONO, Face.SANS)) {
                SharedProgramFont.Program shared = face(f).program();
                String name =
                        shared.tag() + "+" + face(f).getPostscriptFontName().replace(' ', '-');
                assertThat(programs).as(f.name()).containsKey(name);
                assertThat(programs.get(name)).isEqualTo(inflate(shared.stream()));
                assertThat(programs.get(name)).hasSize(shared.length1());
            }
        }
    }

    @Test
    void twoDifferentLettersCarryTheSameFontProgramBytes() throws IOException {
        byte[] one = render(LATIN);
        byte[] two = render("Only a few words, nothing else.");
        SharedProgramFont.Program serif = face(Face.SERIF).program();
        // Stored as built: the deflated bytes themselves appear in both files.
        assertThat(indexOf(one, serif.stream())).isPositive();
        assertThat(indexOf(two, serif.stream())).isPositive();
    }

    @Test
    void aCharacterOutsideTheRepertoireGivesThatFaceASubsetOfItsOwn() throws IOException {
        // Greek in the serif text only: the serif face falls back, the sans footer stays shared.
        try (PDDocument doc = Pdfs.load(render("Plain text and \u03a9\u03bb."))) {
            Map<String, byte[]> programs = programs(doc);
            String serifShared = face(Face.SERIF).program().tag() + "+LiberationSerif";
            String sansShared = face(Face.SANS).program().tag() + "+LiberationSans";
            assertThat(programs).doesNotContainKey(serifShared).containsKey(sansShared);
            String serif =
                    programs.keySet().stream()
                            .filter(n -> n.endsWith("+LiberationSerif"))
                            .findFirst()
                            .orElseThrow();
            // Its own subset: only what the letter used, far smaller than the shared program.
            assertThat(programs.get(serif).length)
                    .isLessThan(face(Face.SERIF).program().length1() / 2);
            assertThat(String.join("\n", Pdfs.pageTexts(doc))).contains("Plain text and Ωλ.");
        }
    }

    @Test
    void textExtractsAsWrittenAndEveryWidthMatchesTheEmbeddedProgram() throws IOException {
        try (PDDocument doc = Pdfs.load(render(LATIN))) {
            String text = String.join("\n", Pdfs.pageTexts(doc));
            assertThat(text)
                    .contains("Café «naïve» — “Œuvre” ‘Łódź’ Straße")
                    .contains("50 € … ‰ †.")
                    .contains("italic")
                    .contains("code");
            int checked = 0;
            for (PDFont font : Pdfs.fonts(doc)) {
                PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                for (int gid = 0; gid < 4000; gid++) {
                    if (cid.hasExplicitWidth(gid)) {
                        assertThat(cid.getWidth(gid))
                                .as("%s glyph %d", font.getName(), gid)
                                .isCloseTo(cid.getWidthFromFont(gid), within(1f));
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(40);
        }
    }

    @Test
    void theProgramHoldsEveryGlyphOfTheRepertoireTheFaceHas() {
        SharedProgramFont serif = face(Face.SERIF);
        BitSet glyphs = serif.program().glyphs();
        BitSet chars = SharedFontPrograms.repertoire();
        for (int cp = chars.nextSetBit(0); cp >= 0; cp = chars.nextSetBit(cp + 1)) {
            int g = serif.glyphId(cp);
            if (g >= 0) {
                assertThat(glyphs.get(g)).as("U+%04X", cp).isTrue();
            }
        }
        assertThat(glyphs.get(serif.glyphId('\u03a9'))).isFalse();
        assertThat(serif.program().tag()).matches("[A-Z]{6}");
    }

    @Test
    void everyCharacterOfTheBuiltInFilesIsInTheRepertoire() throws IOException {
        BitSet repertoire = SharedFontPrograms.repertoire();
        List<String> missing = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("letter-templates"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files++;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                text.codePoints()
                        .filter(cp -> cp >= 0x20 && !repertoire.get(cp))
                        .distinct()
                        .forEach(cp -> missing.add(String.format("U+%04X in %s", cp, file)));
            }
        }
        assertThat(files).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    private static org.assertj.core.data.Offset<Float> within(float f) {
        return org.assertj.core.data.Offset.offset(f);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
