package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "letter.yaml:3:7|letter.yaml|3|7",
                "letter.yaml:3|letter.yaml|3|0",
                "/tmp/x/letter.yaml:12:1|/tmp/x/letter.yaml|12|1",
                "C:\\x\\letter.yaml:4:2|C:\\x\\letter.yaml|4|2",
                "a:1/letter.yaml:5:6|a:1/letter.yaml|5|6",
                "letter-templates/arguments/buyers.md:10:3|letter-templates/arguments/buyers.md|10|3",
            })
    void atReadsFileLineAndColumnFromAnOrigin(String origin, String file, int line, int column) {
        Finding f = Finding.at(origin, Severity.WARNING, "rule", "message");
        assertThat(f)
                .isEqualTo(new Finding(file, line, column, Severity.WARNING, "rule", "message"));
    }

    @Test
    void atKeepsALabelThatIsNoPositionAsTheFile() {
        assertThat(Finding.at("--set recipient.name", Severity.ERROR, "input", "is blank"))
                .isEqualTo(
                        new Finding(
                                "--set recipient.name", 0, 0, Severity.ERROR, "input", "is blank"));
        assertThat(Finding.at("letter.yaml:x", Severity.ERROR, "input", "m").file())
                .isEqualTo("letter.yaml:x");
        // The position is the last one or two numbers: a file name may hold colons.
        assertThat(Finding.at("letter.yaml:x:3", Severity.ERROR, "input", "m"))
                .isEqualTo(new Finding("letter.yaml:x", 3, 0, Severity.ERROR, "input", "m"));
    }

    @Test
    void aRowAtItsLineIsPlacedAtTheLineAndNamedInTheMessage() {
        assertThat(
                        Finding.at(
                                "rows.csv:15 (row 14), column \"Name\"",
                                Severity.ERROR,
                                "input",
                                "is blank"))
                .isEqualTo(
                        new Finding(
                                "rows.csv",
                                15,
                                0,
                                Severity.ERROR,
                                "input",
                                "row 14, column \"Name\": is blank"));
    }

    @Test
    void atPutsTheRowOfARowsFileInTheMessage() {
        assertThat(Finding.at("rows.csv:row 14", Severity.ERROR, "input", "name: is required"))
                .isEqualTo(
                        new Finding(
                                "rows.csv",
                                0,
                                0,
                                Severity.ERROR,
                                "input",
                                "row 14: name: is required"));
    }

    @Test
    void ofMakesAnInputProblemAnErrorWithItsFieldInTheMessage() {
        Problem p = new Problem("letter.yaml:4:14", "arguments", "unknown argument 'byers'");
        assertThat(Finding.of(p))
                .isEqualTo(
                        new Finding(
                                "letter.yaml",
                                4,
                                14,
                                Severity.ERROR,
                                "input",
                                "arguments: unknown argument 'byers'"));
    }

    @Test
    void ofTakesASeverityAndLeavesOutAnEmptyField() {
        Problem p = new Problem("signatories.csv:row 3", "", "same person as row 2");
        assertThat(Finding.of(p, Severity.WARNING))
                .isEqualTo(
                        new Finding(
                                "signatories.csv",
                                0,
                                0,
                                Severity.WARNING,
                                "input",
                                "row 3: same person as row 2"));
    }

    @Test
    void fromMessageSplitsALeadingPositionFromTheText() {
        assertThat(
                        Finding.fromMessage(
                                "/lib/mine.md.ftl:3:12: 'org.nmae' is missing",
                                "letter.yaml",
                                Severity.ERROR,
                                "template"))
                .isEqualTo(
                        new Finding(
                                "/lib/mine.md.ftl",
                                3,
                                12,
                                Severity.ERROR,
                                "template",
                                "'org.nmae' is missing"));
        assertThat(Finding.fromMessage("a.ftl:7: x: y, z", "f", Severity.ERROR, "template"))
                .isEqualTo(new Finding("a.ftl", 7, 0, Severity.ERROR, "template", "x: y, z"));
    }

    @Test
    void fromMessageKeepsTheLinesAfterThePositionInTheMessage() {
        assertThat(
                        Finding.fromMessage("a.ftl:2:3: first\nsecond", "f", Severity.ERROR, "pdf")
                                .message())
                .isEqualTo("first\nsecond");
    }

    @Test
    void fromMessageWithoutAPositionFallsBackToTheFileGiven() {
        String message = "template not found: support.md.ftl";
        assertThat(Finding.fromMessage(message, "letter.yaml", Severity.ERROR, "template"))
                .isEqualTo(new Finding("letter.yaml", 0, 0, Severity.ERROR, "template", message));
        // A position needs ": " after it, and a position in a later line is not the message's.
        assertThat(Finding.fromMessage("a.ftl:3:4", "f", Severity.ERROR, "r").file())
                .isEqualTo("f");
        assertThat(
                        Finding.fromMessage(
                                "cannot typeset\nsee a.ftl:3:4: here", "f", Severity.ERROR, "pdf"))
                .isEqualTo(
                        new Finding(
                                "f",
                                0,
                                0,
                                Severity.ERROR,
                                "pdf",
                                "cannot typeset\nsee a.ftl:3:4: here"));
    }

    @Test
    void positionIsShortenedWhenLineOrColumnIsUnknown() {
        assertThat(new Finding("f", 3, 7, Severity.ERROR, "r", "m").position()).isEqualTo("f:3:7");
        assertThat(new Finding("f", 3, 0, Severity.ERROR, "r", "m").position()).isEqualTo("f:3");
        assertThat(new Finding("f", 0, 0, Severity.ERROR, "r", "m").position()).isEqualTo("f");
        assertThat(new Finding("f", 0, 5, Severity.ERROR, "r", "m").position()).isEqualTo("f");
    }

    @Test
    void severityLabelsAreLowerCase() {
        assertThat(Severity.ERROR.label()).isEqualTo("error");
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
    }
}
