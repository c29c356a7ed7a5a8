package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.advocate.InputException;
import org.advocate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamePatternTest {
    private static Map<String, Object> model(
            Map<String, Object> recipient, Map<String, String> row) {
        return Map.of(
                "recipient",
                recipient,
                "letter",
                Map.of("year", 2025, "isoDate", "2025-03-14"),
                "org",
                Map.of("signatory", Map.of("name", "Ana Ruiz")),
                "row",
                row);
    }

    private static final Map<String, Object> MODEL =
            model(
                    Map.of("lastName", "Shetty", "district", "North", "address", List.of("1 Main")),
                    Map.of("District", "North Shore", "Last name", "Okafor", "Id", "007"));

    private static String expand(String pattern, Map<String, Object> model) {
        return NamePattern.parse(pattern).expand(model);
    }

    private static Problem refused(String pattern) {
        return catchThrowableOfType(InputException.class, () -> NamePattern.parse(pattern))
                .problems()
                .get(0);
    }

    @Test
    void theRowNumberIsZeroPaddedToTheNumberOfRows() {
        NamePattern pattern = NamePattern.parse("letter-{#}.pdf");
        assertThat(pattern.numbered()).isTrue();
        assertThat(pattern.expand(MODEL, 7, 120)).isEqualTo("letter-007.pdf");
        assertThat(pattern.expand(MODEL, 7, 9)).isEqualTo("letter-7.pdf");
        assertThat(pattern.expand(MODEL, 120, 120)).isEqualTo("letter-120.pdf");
        assertThat(NamePattern.parse("{ # } {recipient.lastName}.md").expand(MODEL, 3, 10))
                .isEqualTo("03 Shetty.md");
        assertThat(NamePattern.parse("{recipient.lastName}.md").numbered()).isFalse();
    }

    @Test
    void dateIsTheLettersIsoDate() {
        assertThat(expand("{date}-{recipient.lastName}.md", MODEL))
                .isEqualTo("2025-03-14-Shetty.md");
    }

    @Test
    void anUnknownPlaceholderNamesTheRowNumberAndDateAmongTheChoices() {
        assertThat(refused("{nummer}.md").message()).contains("{#}").contains("{date}");
    }

    @Test
    void fillsLetterFieldsAndKeepsLiteralText() {
        assertThat(expand("{recipient.lastName}-{recipient.district}.pdf", MODEL))
                .isEqualTo("Shetty-North.pdf");
        assertThat(expand("{letter.year}/{ letter.isoDate } {org.signatory.name}.md", MODEL))
                .isEqualTo("2025/2025-03-14 Ana Ruiz.md");
    }

    @Test
    void namesColumnsDottedOrQuotedAndListsThem() {
        NamePattern pattern =
                NamePattern.parse("{row.District}/{row[\"Last name\"]}-{row['Id']}.md");
        assertThat(pattern.expand(MODEL)).isEqualTo("North Shore/Okafor-007.md");
        assertThat(pattern.rowColumns()).containsExactly("District", "Last name", "Id");
    }

    @Test
    void aPatternWithoutPlaceholdersIsItsOwnName() {
        assertThat(expand("all/letter.pdf", MODEL)).isEqualTo("all/letter.pdf");
    }

    @Test
    void anUnknownPlaceholderSuggestsTheClosestField() {
        Problem p = refused("{recipient.lastname}.pdf");
        assertThat(p.origin()).isEqualTo("--name {recipient.lastname}.pdf");
        assertThat(p.field()).isEqualTo("{recipient.lastname}");
        assertThat(p.message())
                .isEqualTo(
                        "unknown placeholder (did you mean 'recipient.lastName'?); use a letter"
                                + " field such as {recipient.lastName}, a column as {row.Header},"
                                + " {#} for the row's number or {date}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}.pdf",
                "{row.}.pdf",
                "{row[Last name]}.pdf",
                "{row[\"x']}.pdf",
                "{recipient}.pdf",
                "{recipient.address}.pdf",
                "{{recipient.lastName}}.pdf"
            })
    void onlyKnownFieldsAndWellFormedColumnsArePlaceholders(String pattern) {
        assertThat(refused(pattern).message()).startsWith("unknown placeholder");
    }

    @Test
    void unbalancedBracesNameTheirPlace() {
        assertThat(refused("a}b.pdf").message()).isEqualTo("'}' without '{' at character 2");
        assertThat(refused("ab{recipient.lastName.pdf").message())
                .isEqualTo("'{' without '}' at character 3");
        assertThat(refused("{recipient.lastName}}.pdf").message())
                .isEqualTo("'}' without '{' at character 21");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tmp/{recipient.lastName}.pdf",
                "\\\\server\\{recipient.lastName}.pdf",
                "C:{recipient.lastName}.pdf",
                "c:/x.pdf"
            })
    void absoluteNamesAreRefused(String pattern) {
        assertThat(refused(pattern).message())
                .isEqualTo("names must be relative to --out-dir, not absolute");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../{recipient.lastName}.pdf",
                "a/./b.pdf",
                "a//b.pdf",
                "a/",
                "a\\..\\b.pdf",
                "./a.pdf"
            })
    void dotAndEmptyFoldersAreRefused(String pattern) {
        assertThat(refused(pattern).message())
                .endsWith("is not allowed as a folder in names; names stay inside --out-dir");
    }

    @Test
    void aBlankPatternIsRefused() {
        assertThat(refused("  ").message()).isEqualTo("the name pattern is empty");
    }

    @Test
    void aSlashInAValueDoesNotMakeAFolderButALiteralOneDoes() {
        Map<String, Object> model =
                model(Map.of("lastName", "Smith/Jones", "district", "A\\B"), Map.of());
        assertThat(expand("{recipient.district}/{recipient.lastName}.pdf", model))
                .isEqualTo("A_B/Smith_Jones.pdf");
        assertThat(expand("out\\{recipient.lastName}.pdf", model)).isEqualTo("out/Smith_Jones.pdf");
    }

    @Test
    void valuesAreMadeSafeAsFileNames() {
        Map<String, Object> model =
                model(Map.of("lastName", "O'Brien: \"Q?\"", "district", "CON"), Map.of());
        assertThat(expand("{recipient.lastName}.pdf", model)).isEqualTo("O'Brien_ _Q__.pdf");
        assertThat(expand("{recipient.district}.pdf", model)).isEqualTo("_CON.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../etc", "a/../b", "..\\x", "x\\.."})
    void aValueThatLeadsOutOfTheFolderIsAMessage(String value) {
        Map<String, Object> model = model(Map.of("lastName", value), Map.of());
        assertThat(expand("{recipient.lastName}/x.pdf", model))
                .isEqualTo(
                        "!{recipient.lastName} is '"
                                + value
                                + "', which would lead out of the output folder");
    }

    @Test
    void aValueWithDotsThatIsNotAParentIsKeptButNotHidden() {
        Map<String, Object> model = model(Map.of("lastName", "Smith..x"), Map.of());
        assertThat(expand("{recipient.lastName}.pdf", model)).isEqualTo("Smith..x.pdf");
        model = model(Map.of("lastName", "..Smith..x"), Map.of());
        assertThat(expand("{recipient.lastName}.pdf", model)).isEqualTo("_..Smith..x.pdf");
    }

    @Test
    void aValueThatWouldHideTheFileOrLookLikeAnOptionIsPrefixed() {
        assertThat(expand("{recipient.lastName}.md", model(Map.of("lastName", "."), Map.of())))
                .isEqualTo("_..md");
        assertThat(expand("{recipient.lastName}.pdf", model(Map.of("lastName", "-rf"), Map.of())))
                .isEqualTo("_-rf.pdf");
        assertThat(expand("{row.Id}/x.md", model(Map.of(), Map.of("Id", "-n"))))
                .isEqualTo("_-n/x.md");
        assertThat(expand("{row.Id}/x.md", model(Map.of(), Map.of("Id", "LPT\u00b9"))))
                .isEqualTo("_LPT\u00b9/x.md");
    }

    @Test
    void anEmptyOrMissingValueIsAMessage() {
        Map<String, Object> model = model(Map.of("lastName", "  "), Map.of("Id", ""));
        assertThat(expand("{recipient.lastName}.pdf", model))
                .isEqualTo(
                        "!{recipient.lastName} is empty in this row, so the file name cannot use"
                                + " it");
        assertThat(expand("{recipient.district}.pdf", model))
                .startsWith("!{recipient.district} is empty");
        assertThat(expand("{row.Id}.pdf", model)).startsWith("!{row.Id} is empty");
        assertThat(expand("{row.Other}.pdf", model)).startsWith("!{row.Other} is empty");
        assertThat(expand("{recipient.lastName}.pdf", Map.of()))
                .startsWith("!{recipient.lastName} is empty");
    }

    @Test
    void aNameThatIsNothingOnceMadeSafeIsAMessage() {
        Map<String, Object> model = model(Map.of("lastName", "\u200B..."), Map.of());
        assertThat(expand("{recipient.lastName}", model))
                .isEqualTo(
                        "!the file name '\u200B...' is empty once unsafe characters are removed");
    }

    @Test
    void checkColumnsNamesEveryMissingColumnWithASuggestion() {
        NamePattern pattern = NamePattern.parse("{row.Distrct}/{row.Id}/{row[\"Nme\"]}.pdf");
        List<Problem> problems =
                catchThrowableOfType(
                                InputException.class,
                                () ->
                                        pattern.checkColumns(
                                                List.of("District", "Id", "Name"), "rows.csv"))
                        .problems();
        assertThat(problems)
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "{row.Distrct}",
                                "no column 'Distrct' in rows.csv (did you mean 'District'?)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "{row.Nme}", "no column 'Nme' in rows.csv (did you mean 'Name'?)"));
        assertThat(problems.get(0).origin())
                .isEqualTo("--name {row.Distrct}/{row.Id}/{row[\"Nme\"]}.pdf");
        assertThatNoException()
                .isThrownBy(
                        () -> pattern.checkColumns(List.of("Distrct", "Id", "Nme"), "rows.csv"));
    }

    @Test
    void everyListedFieldIsAcceptedAsAPlaceholder() {
        for (String field : NamePattern.FIELDS) {
            assertThatNoException()
                    .as(field)
                    .isThrownBy(() -> NamePattern.parse("{" + field + "}.md"));
        }
    }
}
