package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingFormatTest {
    private static final String NL = System.lineSeparator();

    private static final Finding TODO =
            new Finding(
                    "letter.yaml",
                    12,
                    5,
                    Severity.ERROR,
                    "placeholder",
                    "'TODO': placeholder text left in the letter");
    private static final Finding LONG =
            new Finding(
                    "letter.yaml", 0, 0, Severity.WARNING, "length", "the letter has 1600 words");

    private static String print(String format, boolean colour, Finding... findings) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        FindingFormat.byName(format).orElseThrow().write(List.of(findings), out, colour);
        out.flush();
        return text.toString();
    }

    private static Finding withMessage(String message) {
        return new Finding("f.yaml", 1, 2, Severity.WARNING, "r", message);
    }

    @Test
    void formatsAreFoundByTheirName() {
        assertThat(FindingFormat.ALL)
                .extracting(FindingFormat::name)
                .containsExactly("text", "json", "github");
        assertThat(FindingFormat.byName("json")).containsInstanceOf(JsonFormat.class);
        assertThat(FindingFormat.byName("github")).containsInstanceOf(GithubFormat.class);
        assertThat(FindingFormat.byName("text")).containsInstanceOf(TextFormat.class);
        assertThat(FindingFormat.byName("xml")).isEmpty();
        assertThat(FindingFormat.byName("JSON")).isEmpty();
    }

    @Test
    void noFindingsPrintNothingInEveryFormat() {
        for (FindingFormat format : FindingFormat.ALL) {
            assertThat(print(format.name(), true)).as(format.name()).isEmpty();
        }
    }

    // text

    @Test
    void textIsPositionSeverityMessageAndRule() {
        assertThat(print("text", false, TODO, LONG))
                .isEqualTo(
                        "letter.yaml:12:5: error: 'TODO': placeholder text left in the letter"
                                + " [placeholder]"
                                + NL
                                + "letter.yaml: warning: the letter has 1600 words [length]"
                                + NL);
    }

    @Test
    void textLeavesOutAnUnknownColumn() {
        Finding f = new Finding("a.ftl", 3, 0, Severity.ERROR, "template", "boom");
        assertThat(print("text", false, f)).isEqualTo("a.ftl:3: error: boom [template]" + NL);
    }

    @Test
    void textColoursErrorsRedAndWarningsYellowOnlyWhenAsked() {
        assertThat(print("text", true, TODO, LONG))
                .isEqualTo(
                        "letter.yaml:12:5: \u001b[1;31merror\u001b[0m: 'TODO': placeholder text"
                                + " left in the letter [placeholder]"
                                + NL
                                + "letter.yaml: \u001b[1;33mwarning\u001b[0m: the letter has 1600"
                                + " words [length]"
                                + NL);
        assertThat(print("text", false, TODO)).doesNotContain("\u001b");
    }

    // json

    @Test
    void jsonIsOneObjectPerLineWithTheKeysInOrder() {
        assertThat(print("json", true, TODO, LONG))
                .isEqualTo(
                        "{\"file\":\"letter.yaml\",\"line\":12,\"column\":5,\"severity\":\"error\","
                                + "\"rule\":\"placeholder\",\"message\":\"'TODO': placeholder text"
                                + " left in the letter\"}"
                                + NL
                                + "{\"file\":\"letter.yaml\",\"line\":0,\"column\":0,"
                                + "\"severity\":\"warning\",\"rule\":\"length\","
                                + "\"message\":\"the letter has 1600 words\"}"
                                + NL);
    }

    @Test
    void jsonEscapesQuotesBackslashesAndLineBreaks() {
        assertThat(print("json", false, withMessage("say \"hi\" \\ then\nnext\r\tend")))
                .contains("\"message\":\"say \\\"hi\\\" \\\\ then\\nnext\\r\\tend\"}" + NL);
    }

    @Test
    void jsonEscapesControlCharactersAndTheUnicodeLineSeparators() {
        assertThat(print("json", false, withMessage("a\u0000b\u0001c\u001bd\u001fe\bf\fg")))
                .contains("\"message\":\"a\\u0000b\\u0001c\\u001Bd\\u001Fe\\bf\\fg\"}");
        assertThat(print("json", false, withMessage("one\u2028two\u2029three")))
                .contains("\"message\":\"one\\u2028two\\u2029three\"}");
    }

    @Test
    void jsonWritesOtherCharactersAsTheyAre() {
        String text = "Émile – naïve «ok» 東京 \uD83D\uDE00 / \u007f";
        assertThat(print("json", false, withMessage(text)))
                .contains("\"message\":\"" + text + "\"}");
    }

    @Test
    void jsonKeepsOneObjectPerLineWhateverTheTextAndReadsBackTheSame() throws IOException {
        String nasty = "a\nb\r\nc\u2028d\u2029e\u0085f\u000bg\"h\\i\u0000j 😀 é";
        Finding f = new Finding("dir/\"x\"\n.yaml", 3, 4, Severity.ERROR, "r\tule", nasty);
        String out = print("json", false, f, f);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{"));
        Map<String, Object> read = read(lines.get(0));
        assertThat(read)
                .containsExactly(
                        Map.entry("file", "dir/\"x\"\n.yaml"),
                        Map.entry("line", 3),
                        Map.entry("column", 4),
                        Map.entry("severity", "error"),
                        Map.entry("rule", "r\tule"),
                        Map.entry("message", nasty));
    }

    private static Map<String, Object> read(String line) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(line)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                fields.put(
                        name, value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : p.getText());
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextToken()).isNull();
        }
        return fields;
    }

    // github

    @Test
    void githubAnnotationsCarryFileLineColumnAndTitle() {
        assertThat(print("github", true, TODO, LONG))
                .isEqualTo(
                        "::error file=letter.yaml,line=12,col=5,title=advocate check%3A"
                                + " placeholder::'TODO': placeholder text left in the letter"
                                + NL
                                + "::warning file=letter.yaml,title=advocate check%3A length::the"
                                + " letter has 1600 words"
                                + NL);
    }

    @Test
    void githubLeavesOutAnUnknownColumn() {
        Finding f = new Finding("a.ftl", 3, 0, Severity.ERROR, "template", "boom");
        assertThat(print("github", false, f))
                .isEqualTo("::error file=a.ftl,line=3,title=advocate check%3A template::boom" + NL);
    }

    @Test
    void githubEscapesPercentAndLineBreaksInTheMessageButKeepsColonsAndCommas() {
        assertThat(print("github", false, withMessage("100% sure: a, b\r\nc\nd %0A")))
                .endsWith("::100%25 sure: a, b%0D%0Ac%0Ad %250A" + NL);
    }

    @Test
    void githubEscapesColonsAndCommasTooInProperties() {
        Finding f =
                new Finding("C:\\letters\\a,b 50%.yaml", 1, 1, Severity.WARNING, "odd,rule:x", "m");
        assertThat(print("github", false, f))
                .isEqualTo(
                        "::warning file=C%3A\\letters\\a%2Cb 50%25.yaml,line=1,col=1,"
                                + "title=advocate check%3A odd%2Crule%3Ax::m"
                                + NL);
        assertThat(GithubFormat.property("a\r\nb:c,d%")).isEqualTo("a%0D%0Ab%3Ac%2Cd%25");
        assertThat(GithubFormat.data("a\r\nb:c,d%")).isEqualTo("a%0D%0Ab:c,d%25");
    }
}
