package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advocate.InputException;
import org.advocate.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleRulesTest {
    @TempDir Path dir;

    private static List<String> problems(String yaml) {
        return catchThrowableOfType(
                        InputException.class, () -> StyleRules.parse("terms.yaml", yaml))
                .lines();
    }

    @Test
    void parsesLimitsAndRulesInFileOrder() {
        StyleRules style =
                StyleRules.parse(
                        "terms.yaml",
                        """
                        maxWords: 800
                        maxPages: 2
                        rules:
                          - id: folks
                            match: '\\bfolks\\b'
                            message: too casual
                            severity: Error
                            suggest: people
                            reference: House style
                            exceptQuoted: yes
                          - id: etat
                            match: 'ÉTAT'
                            message: not in English
                        """);
        assertThat(style.origin()).isEqualTo("terms.yaml");
        assertThat(style.maxWords()).isEqualTo(800);
        assertThat(style.maxPages()).isEqualTo(2);
        assertThat(style.rules())
                .extracting(
                        TextRule::id,
                        TextRule::severity,
                        TextRule::message,
                        TextRule::suggest,
                        TextRule::reference,
                        TextRule::exceptQuoted)
                .containsExactly(
                        tuple("folks", Severity.ERROR, "too casual", "people", "House style", true),
                        tuple("etat", Severity.WARNING, "not in English", null, null, false));
        assertThat(style.rules().get(0).pattern().pattern()).isEqualTo("\\bfolks\\b");
        // Matching ignores case, beyond ASCII too.
        assertThat(style.rules().get(0).pattern().matcher("Hi FOLKS!").find()).isTrue();
        assertThat(style.rules().get(0).pattern().matcher("folksy").find()).isFalse();
        assertThat(style.rules().get(1).pattern().matcher("l'état").find()).isTrue();
    }

    @Test
    void withoutLimitsALetterMayHave1500WordsAndPagesAreNotCounted() {
        StyleRules style = StyleRules.parse("terms.yaml", "rules:\n");
        assertThat(style.maxWords()).isEqualTo(1500);
        assertThat(style.maxPages()).isZero();
        assertThat(style.rules()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yes|true",
                "true|true",
                "True|true",
                "no|false",
                "false|false",
                "False|false",
                "Yes|true",
                "NO|false",
            })
    void exceptQuotedIsYesOrNo(String value, boolean expected) {
        StyleRules style =
                StyleRules.parse(
                        "terms.yaml",
                        "rules:\n  - id: a\n    match: a\n    message: m\n    exceptQuoted: "
                                + value
                                + "\n");
        assertThat(style.rules().get(0).exceptQuoted()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "maxWords: 0|terms.yaml:1:11: maxWords: expected a whole number from 1 to 1000000,"
                        + " found '0'",
                "maxWords: 1000001|terms.yaml:1:11: maxWords: expected a whole number from 1 to"
                        + " 1000000, found '1000001'",
                "maxWords: many|terms.yaml:1:11: maxWords: expected a whole number from 1 to"
                        + " 1000000, found 'many'",
                "maxPages: 0|terms.yaml:1:11: maxPages: expected a whole number from 1 to 10000,"
                        + " found '0'",
                "maxPages: 10001|terms.yaml:1:11: maxPages: expected a whole number from 1 to"
                        + " 10000, found '10001'",
                "rules: none|terms.yaml:1:8: rules: expected a list of rules",
                "colour: red|terms.yaml:1:1: colour: unknown field",
            })
    void badLimitsAndKeysAreProblemsAtTheirPosition(String yaml, String problem) {
        assertThat(problems(yaml + "\n")).containsExactly(problem);
    }

    @Test
    void theLimitsReachTheirBounds() {
        StyleRules style = StyleRules.parse("terms.yaml", "maxWords: 1000000\nmaxPages: 10000\n");
        assertThat(style.maxWords()).isEqualTo(1_000_000);
        assertThat(style.maxPages()).isEqualTo(10_000);
        assertThat(StyleRules.parse("terms.yaml", "maxWords: 1\nmaxPages: 1\n").maxWords())
                .isEqualTo(1);
    }

    @Test
    void everyProblemOfEveryRuleIsReportedAtOnce() {
        assertThat(
                        problems(
                                """
                                rules:
                                  - id: a
                                    match: '(open'
                                    message: m
                                  - match: b
                                    severity: fatal
                                    exceptQuoted: maybe
                                    colour: red
                                  - just text
                                """))
                .containsExactlyInAnyOrder(
                        "terms.yaml:3:12: rules[1].match: not a valid regular expression:"
                                + " Unclosed group",
                        "terms.yaml:5:5: rules[2].id: is required",
                        "terms.yaml:5:5: rules[2].message: is required",
                        "terms.yaml:6:15: rules[2].severity: expected error or warning, found"
                                + " 'fatal'",
                        "terms.yaml:7:19: rules[2].exceptQuoted: expected yes or no, found"
                                + " 'maybe'",
                        "terms.yaml:8:5: rules[2].colour: unknown field",
                        "terms.yaml:9:5: rules[3]: expected a mapping");
    }

    @Test
    void aFileThatIsNoMappingIsRefused() {
        assertThat(problems("- a\n- b\n")).containsExactly("terms.yaml:1:1: expected a mapping");
    }

    @Test
    void theBuiltInRulesAreReadFromTheLibrary() {
        StyleRules style = StyleRules.of(Library.builtIn());
        assertThat(style.origin()).isEqualTo("letter-templates/style/terms.yaml");
        assertThat(style.maxWords()).isEqualTo(1500);
        assertThat(style.maxPages()).isZero();
        assertThat(style.rules().get(0).id()).isEqualTo("child-prostitution");
        assertThat(style.rules())
                .extracting(TextRule::id)
                .contains("prostitute", "prostitution", "high-risk-group", "placeholder")
                .doesNotHaveDuplicates();
        TextRule placeholder =
                style.rules().stream().filter(r -> r.id().equals("placeholder")).findFirst().get();
        assertThat(placeholder.severity()).isEqualTo(Severity.ERROR);
        assertThat(placeholder.pattern().matcher("todo").find()).isFalse();
        assertThat(placeholder.pattern().matcher("TODO").find()).isTrue();
        assertThat(placeholder.pattern().matcher("[Your Name]").find()).isTrue();
    }

    @Test
    void aLibraryFolderWithItsOwnFileReplacesTheBuiltInRules() throws IOException {
        Path terms = dir.resolve("style/terms.yaml");
        Files.createDirectories(terms.getParent());
        Files.writeString(
                terms, "maxWords: 5000\nrules:\n  - id: folks\n    match: folks\n    message: m\n");
        StyleRules style = StyleRules.of(Library.withFolder(dir));
        assertThat(style.origin()).isEqualTo(terms.toAbsolutePath().normalize().toString());
        assertThat(style.maxWords()).isEqualTo(5000);
        assertThat(style.rules()).extracting(TextRule::id).containsExactly("folks");
    }

    @Test
    void aLibraryFolderWithoutTheFileKeepsTheBuiltInRules() {
        StyleRules style = StyleRules.of(Library.withFolder(dir));
        assertThat(style.origin()).isEqualTo("letter-templates/style/terms.yaml");
    }

    @Test
    void problemsOfALibraryFileNameThatFile() throws IOException {
        Path terms = dir.resolve("style/terms.yaml");
        Files.createDirectories(terms.getParent());
        Files.writeString(terms, "maxWords: -5\n");
        Library library = Library.withFolder(dir);
        assertThat(catchThrowableOfType(InputException.class, () -> StyleRules.of(library)).lines())
                .containsExactly(
                        terms.toAbsolutePath().normalize()
                                + ":1:11: maxWords: expected a whole number from 1 to 1000000,"
                                + " found '-5'");
    }

    @Test
    void theRulesAreCopied() {
        List<TextRule> rules = new ArrayList<>(List.of(Rules.PLACEHOLDER));
        StyleRules style = new StyleRules("o", rules, 10, 0);
        rules.clear();
        assertThat(style.rules()).containsExactly(Rules.PLACEHOLDER);
    }
}
