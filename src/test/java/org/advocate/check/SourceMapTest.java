package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceMapTest {
    private static final Linter LINTER =
            new Linter(List.of(Rules.PROSTITUTE, Rules.HIGH_RISK, Rules.PLACEHOLDER));

    private static SourceMap.SourceFile file(String origin, String text) {
        return new SourceMap.SourceFile(origin, text);
    }

    /** Lints the rendered text and locates every hit, in order. */
    private static List<Optional<SourceMap.Position>> locate(
            String rendered, SourceMap.SourceFile... files) {
        SourceMap map = new SourceMap(List.of(files));
        return LINTER.lint(rendered).stream().map(map::locate).toList();
    }

    private static Optional<SourceMap.Position> at(String file, int line, int column) {
        return Optional.of(new SourceMap.Position(file, line, column));
    }

    @Test
    void aHitIsFoundAtItsLineAndColumnInTheSource() {
        String letter =
                """
                template: support
                paragraphs:
                  postscript: Here a prostitute.
                """;
        assertThat(locate("Dear X,\n\nHere a prostitute.\n", file("letter.yaml", letter)))
                .containsExactly(at("letter.yaml", 3, 22));
    }

    @Test
    void quotedYamlValuesAreComparedAsTheirReaderSeesThem() {
        String letter =
                """
                date: 2015-08-20
                occasion: "decision \\"on\\" prostitutes"
                subject: "d\\u00e9cision: prostitutes"
                """;
        // Both lines hold the word; each hit goes to the line whose text it was rendered from.
        assertThat(
                        locate(
                                "About the décision: prostitutes\n\nOn the decision \"on\""
                                        + " prostitutes,",
                                file("letter.yaml", letter)))
                .containsExactly(at("letter.yaml", 3, 26), at("letter.yaml", 2, 28));
    }

    @Test
    void repeatedWordsGoToDifferentPlacesChosenByTheirContext() {
        String letter =
                """
                a: The first prostitute came.
                b: Then a second prostitute left.
                """;
        assertThat(
                        locate(
                                "Then a second prostitute left. The first prostitute came.",
                                file("letter.yaml", letter)))
                .containsExactly(at("letter.yaml", 2, 18), at("letter.yaml", 1, 14));
    }

    @Test
    void eachPlaceIsUsedOnceAndAWordWithNoneLeftIsNotFound() {
        String template = "${org.name} says: prostitute ${x} prostitute";
        assertThat(
                        locate(
                                "Org says: prostitute a prostitute b prostitute",
                                file("support.md.ftl", template)))
                .containsExactly(
                        at("support.md.ftl", 1, 19), at("support.md.ftl", 1, 35), Optional.empty());
        assertThat(locate("a prostitute", file("letter.yaml", "nothing: here")))
                .containsExactly(Optional.empty());
    }

    @Test
    void theEarlierFileWinsATieAndTheBetterContextWinsOverOrder() {
        SourceMap.SourceFile letter = file("letter.yaml", "x: some prostitute here");
        SourceMap.SourceFile template = file("t.md.ftl", "other prostitute text");
        assertThat(locate("a prostitute b", letter, template))
                .containsExactly(at("letter.yaml", 1, 9));
        assertThat(locate("other prostitute text", letter, template))
                .containsExactly(at("t.md.ftl", 1, 7));
    }

    @Test
    void aPaddedArgumentBodyGivesTheLinesOfItsFile() {
        String body = "First line of the body.\n\nLaws on prostitutes harm sex workers.\n";
        SourceMap.SourceFile argument = file("arguments/old-words.md", "\n".repeat(9) + body);
        assertThat(
                        locate(
                                "First line of the body.\n\nLaws on prostitutes harm sex workers.",
                                file("letter.yaml", "arguments: [old-words]\n"),
                                argument))
                .containsExactly(at("arguments/old-words.md", 12, 9));
    }

    @Test
    void wordsWrappedInTheSourceAreFoundAtTheirFirstLine() {
        String letter =
                """
                paragraphs:
                  intro: >
                    We reject talk of high-risk
                    groups in our city.
                """;
        assertThat(
                        locate(
                                "We reject talk of high-risk groups in our city.",
                                file("letter.yaml", letter)))
                .containsExactly(at("letter.yaml", 3, 23));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "decision \\\"on\\\"|decision \"on\"",
                "back\\\\slash|back\\slash",
                "d\\u00e9cision|décision",
                "\\x41B|AB",
                "smile \\U0001F600|smile \uD83D\uDE00",
                "a\\nb\\tc\\rd|a b c d",
                "\\uZZZZ|uZZZZ",
                "short \\u00e|short u00e",
                "too big \\UFFFFFFFF|too big UFFFFFFFF",
                "end\\|end\\",
                "no escapes|no escapes",
            })
    void unescapeUndoesYamlDoubleQuoteEscapes(String yaml, String text) {
        assertThat(SourceMap.unescape(yaml)).isEqualTo(text);
    }
}
