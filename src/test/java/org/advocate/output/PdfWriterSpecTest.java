package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;
import org.advocate.output.pdf.Face;
import org.advocate.output.pdf.FontSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the CommonMark spec (and the GFM spec's tables) goes through the PDF writer: it
 * must give a PDF that reads back, or, for the few characters no bundled font has, the input error
 * that names the character.
 */
class PdfWriterSpecTest {
    private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-F]{4,6})");
    private final PdfWriter writer = new PdfWriter();

    @TestFactory
    Stream<DynamicTest> everyCommonMarkSpecExample() {
        return examples("/spec.txt").stream()
                .map(e -> DynamicTest.dynamicTest(name(e), () -> survives(e.getSource())));
    }

    @TestFactory
    Stream<DynamicTest> everyGfmTableExample() {
        return examples("/gfm-spec.txt").stream()
                .filter(e -> e.getSection().contains("Tables"))
                .map(e -> DynamicTest.dynamicTest(name(e), () -> survives(e.getSource())));
    }

    @Test
    void theSpecIsReallyThere() {
        assertThat(examples("/spec.txt")).hasSizeGreaterThan(600);
        assertThat(examples("/gfm-spec.txt"))
                .filteredOn(e -> e.getSection().contains("Tables"))
                .hasSizeGreaterThan(5);
    }

    @Test
    void everyKindOfBlockPrintsItsText() throws IOException {
        String markdown =
                """
                # Heading one

                ## Heading *two*

                A paragraph with *emphasis*, **strong**, `code`, a [link](https://example.org),
                a soft break and a hard\\
                break.

                > A quote
                > > nested inside

                - bullet one
                  - nested bullet
                    1. nested number
                - bullet two

                3. three
                4. four

                ```java
                int x = 1;
                ```

                    indented code

                ---

                | Name | Country |
                |:-----|--------:|
                | Zoë  | Ørsted  |

                <div>raw block</div>
                """;
        String text = textOf(render(markdown));
        assertThat(text.replaceAll("\\s+", " "))
                .containsSubsequence(
                        "Heading one",
                        "Heading two",
                        "A paragraph with emphasis, strong, code, a link, a soft break and a hard",
                        "break.",
                        "A quote",
                        "nested inside",
                        "bullet one",
                        "nested bullet",
                        "1. nested number",
                        "bullet two",
                        "3. three",
                        "4. four",
                        "int x = 1;",
                        "indented code",
                        "Name",
                        "Country",
                        "Zoë",
                        "Ørsted",
                        "<div>raw block</div>");
    }

    private void survives(String markdown) throws IOException {
        try {
            byte[] pdf = render(markdown);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isPositive();
            }
        } catch (InputException e) {
            // Allowed only when the named character really is missing from every face.
            String message = String.join("\n", e.lines());
            Matcher m = CODE_POINT.matcher(message);
            assertThat(m.find()).as(message).isTrue();
            int cp = Integer.parseInt(m.group(1), 16);
            for (Face face : Face.values()) {
                assertThat(FontSet.standard().canShow(face, cp)).as(message).isFalse();
            }
        }
    }

    private byte[] render(String markdown) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(letter(markdown), OutputOptions.DEFAULT, out);
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return String.join("\n", Pdfs.pageTexts(doc));
        }
    }

    private static RenderedLetter letter(String markdown) {
        return new RenderedLetter(
                markdown,
                new DocumentMetadata(
                        "Spec example",
                        "Test Collective",
                        "Spec example",
                        List.of(),
                        Locale.US,
                        LocalDate.of(2020, 1, 2),
                        "R. Reader",
                        null,
                        null,
                        List.of()));
    }

    private static List<Example> examples(String resource) {
        URL url = PdfWriterSpecTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        return new ArrayList<>(ExampleReader.readExamples(url));
    }

    private static String name(Example e) {
        return e.getSection() + ": " + e.getInfo();
    }
}
