package org.advocate.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.load.Overrides;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Person;
import org.advocate.model.Recipient;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and the PDF of a letter show the same lines: every paragraph, list item and hard
 * line break of the Markdown, as a reader of it sees them, is one line of the PDF once the page's
 * own wrapping is undone ({@link LineStructure}). It holds for every example and for values that
 * stress the escaper; a value with a line break in a one-line field, which a PDF would set as a
 * line of its own, is refused when the letter is loaded.
 */
class SameLinesTest {
    private static final Path EXAMPLES = Path.of("examples");
    private static final Composer COMPOSER =
            Composer.builder(Library.builtIn()).defaultDate(LocalDate.of(2024, 1, 15)).build();
    private static final LetterWriter MARKDOWN = COMPOSER.writers().byName("md").orElseThrow();
    private static final LetterWriter PDF = COMPOSER.writers().byName("pdf").orElseThrow();

    @AfterAll
    static void close() {
        COMPOSER.close();
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            List<Path> letters =
                    folders.map(f -> f.resolve("letter.yaml"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
            assertThat(letters).hasSizeGreaterThanOrEqualTo(7);
            return letters.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleShowsTheSameLines(Path letterFile) {
        PreparedLetter prepared =
                COMPOSER.prepare(LetterInput.read(letterFile), LetterLoader.Options.none());
        Path rows = rowsFile(letterFile);
        RenderedLetter rendered;
        if (rows == null) {
            rendered =
                    COMPOSER.render(
                            COMPOSER.bind(
                                    LetterInput.read(letterFile), LetterLoader.Options.none()));
        } else {
            try (RowReader reader = RowReader.open(rows, null)) {
                Row first = reader.next();
                rendered = COMPOSER.render(prepared, first);
            }
        }
        assertSameLines(rendered);
    }

    /**
     * The rows file of a batch example: a letter that maps columns to its fields and takes no
     * signatories binds one letter per row of the one rows file beside it.
     */
    private static Path rowsFile(Path letterFile) {
        try {
            String text = Files.readString(letterFile);
            if (!text.contains("\ncolumns:") || text.contains("\nsignatories:")) {
                return null;
            }
            try (Stream<Path> files = Files.list(letterFile.getParent())) {
                List<Path> rows =
                        files.filter(f -> f.toString().matches(".*\\.(csv|json)$")).toList();
                assertThat(rows).as("the rows file beside %s", letterFile).hasSize(1);
                return rows.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Values that stress the escaper: Markdown syntax, and white space and punctuation at the
     * edges.
     */
    static final List<String> EDGE_VALUES =
            List.of(
                    "\u00a0Sex Workers Project\u00a0",
                    "\u2002Jane\u2009Doe\u200a",
                    "\u2000En quad\u2001",
                    "\u202fNarrow\u202f",
                    "\tTabbed\tin\t",
                    "\"Quoted\"",
                    "(Parenthesized)",
                    "_under_",
                    "*star*",
                    "**bold**",
                    "# Heading",
                    "1. First",
                    "- item",
                    "> quote",
                    "| a | b |",
                    "<b>html</b> <!-- comment -->",
                    "&amp; &#10; AT&T",
                    "back\\",
                    "[link](https://example.org)",
                    "***",
                    "---",
                    "  spaced  ",
                    "Zoë Łukasiewicz – Nguyễn Thị «Ørsted»");

    /** Values with a line break, which a one-line field refuses. */
    static final List<String> LINE_BREAKS =
            List.of(
                    "Jane Doe\nDirector of Finance",
                    "Jane Doe\r\nDirector",
                    "Jane Doe\rDirector",
                    "Jane Doe\u2028Director",
                    "Jane Doe\u2029Director",
                    "Jane Doe\u0085Director",
                    "Jane Doe\u000bDirector",
                    "Jane Doe\u000cDirector",
                    "Jane Doe\n\nA paragraph that looks like part of the letter.",
                    "Jane Doe\n");

    /** The one-line fields a value is put in, as a rows file's headers. */
    private static final List<String> FIELDS =
            List.of(
                    "recipient.name",
                    "recipient.title",
                    "recipient.organization",
                    "recipient.address[1]",
                    "subject",
                    "occasion",
                    "org.name",
                    "org.services",
                    "org.address[1]",
                    "org.signatory.name",
                    "org.signatory.title",
                    "org.closing");

    static Stream<String> values() {
        return Stream.concat(EDGE_VALUES.stream(), LINE_BREAKS.stream());
    }

    /**
     * A value in every one-line field of a letter either is refused when the letter is bound (a
     * line break) or shows the same lines in Markdown and PDF.
     */
    @ParameterizedTest
    @MethodSource("values")
    void aValueInEveryOneLineFieldShowsTheSameLinesOrIsRefused(String value) {
        PreparedLetter prepared =
                COMPOSER.prepare(
                        LetterInput.read(EXAMPLES.resolve("amnesty-support/letter.yaml")),
                        LetterLoader.Options.none());
        Map<String, String> cells = new LinkedHashMap<>();
        FIELDS.forEach(field -> cells.put(field, value));
        cells.put("recipient.address[2]", "London WC1X 0DW");
        Row row = new Row("values.csv", 1, cells, List.of(), Set.of());
        Letter letter;
        try {
            letter = COMPOSER.bind(prepared, row);
        } catch (InputException e) {
            assertThat(LINE_BREAKS).as("refused: %s", e.lines()).contains(value);
            assertThat(e.lines())
                    .hasSize(FIELDS.size())
                    .allSatisfy(line -> assertThat(line).contains("contains a line break"));
            return;
        }
        assertSameLines(COMPOSER.render(letter, row.cells()));
    }

    /**
     * The same for a signatories file's cells: organization names (bold for lead signers), names,
     * titles, cities and the countries they are grouped by.
     */
    @ParameterizedTest
    @MethodSource("values")
    void aValueInASignatoriesFileShowsTheSameLinesOrIsRefused(String value) throws IOException {
        Path signers = Files.createTempFile("signers", ".csv");
        try {
            Files.writeString(
                    signers,
                    csv(
                            List.of(
                                    "Organization name",
                                    "Contact name",
                                    "Title",
                                    "Country",
                                    "City",
                                    "May we publish your organization's name?",
                                    "Lead signer"),
                            List.of(value, value, value, value, value, "Yes", "Yes"),
                            List.of("Plain Org", value, value, "Peru", value, "Yes", "No"),
                            List.of(value + " 2", "A", "B", value, "Lima", "Yes", "No")));
            LetterLoader.Options options =
                    new LetterLoader.Options(null, null, List.of(), Overrides.none(), signers);
            Letter letter;
            try {
                letter =
                        COMPOSER.bind(
                                LetterInput.read(EXAMPLES.resolve("coalition-sign-on/letter.yaml")),
                                options);
            } catch (InputException e) {
                assertThat(LINE_BREAKS).as("refused: %s", e.lines()).contains(value);
                // Next line, vertical tab and form feed are control characters, which no cell
                // may hold, in a column that fills a field or not.
                assertThat(e.lines())
                        .isNotEmpty()
                        .allSatisfy(
                                line ->
                                        assertThat(line)
                                                .containsAnyOf(
                                                        "contains a line break",
                                                        "not allowed in letter data"));
                return;
            }
            assertThat(letter.signatories()).hasSize(3);
            assertSameLines(COMPOSER.render(letter));
        } finally {
            Files.delete(signers);
        }
    }

    private static String csv(List<String> header, List<?>... rows) {
        StringBuilder out = new StringBuilder();
        for (List<?> row : Stream.concat(Stream.of(header), Stream.of(rows)).toList()) {
            out.append(
                    String.join(
                            ",",
                            row.stream()
                                    .map(
                                            cell ->
                                                    "\""
                                                            + cell.toString().replace("\"", "\"\"")
                                                            + "\"")
                                    .toList()));
            out.append("\n");
        }
        return out.toString();
    }

    /**
     * What the test would see if a one-line value with a line break got past the loader: the PDF
     * sets a line of its own where a Markdown reader sees one line, so the lines differ.
     */
    @Test
    void aLineBreakInAOneLineValueWouldShowAsALineOfItsOwn() {
        Letter letter =
                new Letter(
                        "support",
                        new Organization(
                                "Sex Workers Project\nWe withdraw our support",
                                "SWP",
                                "2001",
                                null,
                                "providing services",
                                List.of("123 Example Street"),
                                null,
                                null,
                                null,
                                new Person("Jane Doe", "Director"),
                                "In Solidarity",
                                null,
                                null,
                                List.of(),
                                null),
                        LocalDate.of(2015, 8, 20),
                        Locale.US,
                        new Recipient(
                                "Salil Shetty",
                                "Mr.",
                                "Secretary General",
                                "Amnesty International",
                                List.of(),
                                "Dear Mr. Shetty,",
                                "Salil",
                                "Shetty"),
                        "Support",
                        "decision",
                        List.of("buyers"),
                        Map.of(),
                        List.of(),
                        EXAMPLES.toAbsolutePath());
        RenderedLetter rendered = COMPOSER.render(letter);
        List<String> markdown = LineStructure.ofMarkdown(text(rendered, MARKDOWN));
        List<String> pdf = LineStructure.ofPdf(bytes(rendered, PDF));
        assertThat(markdown).contains("SexWorkersProjectWewithdrawoursupport");
        assertThat(pdf)
                .doesNotContain("SexWorkersProjectWewithdrawoursupport")
                .containsSubsequence("SexWorkersProject", "Wewithdrawoursupport");
    }

    /** A letter's own paragraphs are Markdown: their hard breaks and blank lines show alike. */
    @Test
    void paragraphsSpanLinesAlikeInMarkdownAndPdf() {
        LetterLoader.Options options =
                new LetterLoader.Options(
                        null,
                        null,
                        List.of(),
                        new Overrides(
                                List.of(
                                        "paragraphs.opening=First line,\\\nafter a hard break,\n"
                                                + "after a soft one.\n\nA second paragraph.",
                                        "paragraphs.postscript=P.S. \u00a0*Edge*\u00a0\n"
                                                + "- a list item\n- another")));
        Letter letter =
                COMPOSER.bind(
                        LetterInput.read(EXAMPLES.resolve("amnesty-support/letter.yaml")), options);
        RenderedLetter rendered = COMPOSER.render(letter);
        assertThat(LineStructure.ofMarkdown(rendered.markdown()))
                .contains("Firstline,", "afterahardbreak,afterasoftone.", "Asecondparagraph.");
        assertSameLines(rendered);
    }

    /**
     * Lines without the letters of shaped scripts (Arabic, Hebrew, Indic, Thai, Ethiopic): their
     * glyphs are drawn in visual order, reordered or merged, so their text comes out in logical
     * order only from a bidi-aware extractor (ScriptsTest checks them with PDFBox's). The line
     * structure around them is still compared.
     */
    private static List<String> unshaped(List<String> lines) {
        return lines.stream()
                .map(
                        line ->
                                line.codePoints()
                                        .filter(ScriptsFilter::kept)
                                        .collect(
                                                StringBuilder::new,
                                                StringBuilder::appendCodePoint,
                                                StringBuilder::append)
                                        .toString())
                .toList();
    }

    /** Which characters the line comparison keeps. */
    private static final class ScriptsFilter {
        static boolean kept(int cp) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.LATIN
                    || s == Character.UnicodeScript.GREEK
                    || s == Character.UnicodeScript.CYRILLIC
                    || s == Character.UnicodeScript.COMMON
                    || (s == Character.UnicodeScript.INHERITED && cp < 0x0370);
        }
    }

    static void assertSameLines(RenderedLetter rendered) {
        String text = text(rendered, MARKDOWN);
        List<String> markdown = unshaped(LineStructure.ofMarkdown(text));
        List<String> pdf = unshaped(LineStructure.ofPdf(bytes(rendered, PDF)));
        if (!pdf.equals(markdown)) {
            // Signers set side by side: a printed line holds a line of each of two signers.
            markdown = unshaped(LineStructure.ofMarkdown(LineStructure.signersSideBySide(text)));
        }
        assertThat(pdf)
                .as("lines of the PDF against those of the Markdown:\n%s", rendered.markdown())
                .containsExactlyElementsOf(markdown);
    }

    private static String text(RenderedLetter rendered, LetterWriter writer) {
        return new String(bytes(rendered, writer), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(RenderedLetter rendered, LetterWriter writer) {
        try {
            return COMPOSER.bytes(rendered, writer, OutputOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
