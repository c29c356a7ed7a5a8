package org.advocate.load.rows;

import static org.advocate.load.rows.Rows.all;
import static org.advocate.load.rows.Rows.cells;
import static org.advocate.load.rows.Rows.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.advocate.InputException;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static List<String> fileProblems(String text) {
        return catchThrowableOfType(InputException.class, () -> all(csv(text))).lines();
    }

    @Test
    void readsHeadersAndCellsInColumnOrder() {
        CsvRowReader reader = csv("Name,City\nAna,Lima\nBo,Oslo\n");
        assertThat(reader.headers()).containsExactly("Name", "City");
        List<Row> rows = all(reader);
        assertThat(rows).extracting(Row::number).containsExactly(1, 2);
        assertThat(rows.get(0).cells())
                .containsExactly(Map.entry("Name", "Ana"), Map.entry("City", "Lima"));
        assertThat(rows.get(1).cells())
                .containsExactly(Map.entry("Name", "Bo"), Map.entry("City", "Oslo"));
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(rows.get(0).source()).isEqualTo("f.csv");
    }

    @Test
    void keepsEveryCellAsTheTextWritten() {
        List<Map<String, String>> rows =
                cells(
                        csv(
                                "zip,country,version,flag,date,padded\n"
                                        + "02139,NO,1.10,yes,2015-08-20,  x  \n"));
        assertThat(rows)
                .containsExactly(
                        Map.of(
                                "zip", "02139",
                                "country", "NO",
                                "version", "1.10",
                                "flag", "yes",
                                "date", "2015-08-20",
                                "padded", "  x  "));
    }

    @Test
    void composesCombiningSequencesButKeepsEveryScript() {
        // "e" + COMBINING ACUTE ACCENT becomes U+00E9; Devanagari, Thai and Arabic stay as typed.
        assertThat(
                        cells(
                                csv(
                                        "Name,Note\n"
                                                + "Rene\u0301e,\u0915\u094d\u0937"
                                                + " \u0e21\u0e31\u0e48\u0e19"
                                                + " \u0633\u0627\u0631\u0629\n")))
                .containsExactly(
                        Map.of(
                                "Name",
                                "Ren\u00e9e",
                                "Note",
                                "\u0915\u094d\u0937 \u0e21\u0e31\u0e48\u0e19"
                                        + " \u0633\u0627\u0631\u0629"));
    }

    @Test
    void readsCharactersOutsideTheBasicPlane() {
        assertThat(cells(csv("Name,Note\n\u4e16\u754c,\uD83D\uDE00\n")))
                .containsExactly(Map.of("Name", "\u4e16\u754c", "Note", "\uD83D\uDE00"));
    }

    @Test
    void dropsALeadingByteOrderMarkFromTheFirstHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Name\nAna\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(text);
        CsvRowReader reader = csv(bytes.toByteArray());
        assertThat(reader.headers()).containsExactly("Name");
        assertThat(cells(reader)).containsExactly(Map.of("Name", "Ana"));
    }

    @Test
    void handlesQuotedCommasEscapedQuotesAndQuotedLineBreaks() {
        List<Row> rows =
                all(
                        csv(
                                "a,b,c\n"
                                        + "\"Lima, Peru\",\"say \"\"hi\"\"\",\"line one\n"
                                        + "line two\"\n"
                                        + "x,y,z\n"));
        assertThat(rows.get(0).cells())
                .containsExactly(
                        Map.entry("a", "Lima, Peru"),
                        Map.entry("b", "say \"hi\""),
                        Map.entry("c", "line one\nline two"));
        // A line break inside quotes does not start a row: the next record is row 2.
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsEntry("a", "x");
    }

    @Test
    void acceptsCrlfLineEndingsAndAMissingFinalNewline() {
        assertThat(cells(csv("a,b\r\n1,2\r\n3,4")))
                .containsExactly(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "4"));
    }

    @Test
    void keepsEmptyFieldsAsEmptyText() {
        List<Row> rows = all(csv("a,b,c\n1,,\"\"\n"));
        assertThat(rows.get(0).cells())
                .containsExactly(Map.entry("a", "1"), Map.entry("b", ""), Map.entry("c", ""));
        assertThat(rows.get(0).problems()).isEmpty();
    }

    @Test
    void skipsBlankRowsButKeepsTheirNumber() {
        List<Row> rows = all(csv("a,b\n1,2\n , \n,\n5,6\n"));
        assertThat(rows).extracting(Row::number).containsExactly(1, 4);
        assertThat(rows.get(1).cells()).containsEntry("a", "5");
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        CsvRowReader reader = csv("a,b\n");
        assertThat(reader.headers()).containsExactly("a", "b");
        assertThat(reader.hasNext()).isFalse();
        assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anEmptyFileIsAnErrorAtLineOne() {
        assertThat(fileProblems(""))
                .containsExactly("f.csv:1: file is empty; expected a header line");
    }

    @Test
    void stripsHeadersAndRefusesDuplicatesNamingBothColumns() {
        assertThat(fileProblems("Name,City, Name \nA,B,C\n"))
                .containsExactly("f.csv:1, column 3: duplicate header \"Name\" (also column 1)");
    }

    @Test
    void refusesBlankHeadersAndReportsEveryHeaderProblemAtOnce() {
        assertThat(fileProblems("a,,b,a,  \n"))
                .containsExactly(
                        "f.csv:1, column 2: header is blank; every column needs a name",
                        "f.csv:1, column 4: duplicate header \"a\" (also column 1)",
                        "f.csv:1, column 5: header is blank; every column needs a name");
    }

    @Test
    void refusesAHeaderWithAnInvisibleCharacter() {
        assertThat(fileProblems("Na\u200Bme\nx\n"))
                .singleElement()
                .asString()
                .startsWith("f.csv:1, column 1: header contains U+200B");
    }

    @Test
    void refusesMoreThanTheColumnLimit() {
        String header =
                String.join(
                        ",",
                        java.util.stream.IntStream.rangeClosed(0, RowReader.MAX_COLUMNS)
                                .mapToObj(i -> "c" + i)
                                .toList());
        assertThat(fileProblems(header + "\n"))
                .containsExactly("f.csv:1: has more than " + RowReader.MAX_COLUMNS + " columns");
    }

    @Test
    void aRaggedRowIsAProblemOfThatRowOnly() {
        List<Row> rows = all(csv("a,b,c\n1,2\n1,2,3,4\n7,8,9\n"));
        assertThat(Rows.problems(rows.get(0)))
                .containsExactly(
                        "f.csv:2 (row 2): has 2 cells but the header has 3 columns (a missing or"
                                + " extra comma, or an unclosed quote?)");
        assertThat(rows.get(0).cells()).containsOnlyKeys("a", "b");
        assertThat(Rows.problems(rows.get(1)))
                .singleElement()
                .asString()
                .startsWith("f.csv:3 (row 3): has 4 cells but the header has 3 columns");
        assertThat(rows.get(1).cells()).containsOnlyKeys("a", "b", "c");
        assertThat(rows.get(2).problems()).isEmpty();
    }

    @Test
    void aCellWithAForbiddenCharacterIsRefusedNamingRowAndColumn() {
        Row row = all(csv("Name,City\nAna\u202E,Lima\n")).get(0);
        assertThat(row.cells()).containsOnlyKeys("City");
        assertThat(row.refused()).containsExactly("Name");
        assertThat(Rows.problems(row))
                .singleElement()
                .asString()
                .startsWith("f.csv:2 (row 2), column \"Name\": contains U+202E");
    }

    @Test
    void anUnclosedQuoteIsMalformedCsv() {
        assertThat(fileProblems("a,b\n1,\"open\n2,3\n"))
                .singleElement()
                .asString()
                .startsWith("f.csv:")
                .contains("malformed CSV");
    }

    @Test
    void anInvalidByteIsAnErrorNamingItsLine() {
        byte[] bytes = "a,b\n1,2\n3,\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xE9; // Latin-1 é, then a stray continuation byte
        bytes[bytes.length - 2] = (byte) 'x';
        List<String> lines =
                catchThrowableOfType(InputException.class, () -> all(csv(bytes))).lines();
        assertThat(lines)
                .containsExactly("f.csv:3: invalid UTF-8 byte 0xE9; save the file as UTF-8");
    }

    @Test
    void utf16IsRefusedBeforeAnyRow() {
        byte[] bytes = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> csv(bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("f.csv:1: file is UTF-16 (or binary); save it as UTF-8 and try again");
    }
}
