package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinterTest {
    private static final Linter LINTER =
            new Linter(
                    List.of(
                            Rules.CHILD,
                            Rules.PROSTITUTE,
                            Rules.PROSTITUTION,
                            Rules.HIGH_RISK,
                            Rules.PLACEHOLDER));

    private static List<Linter.Hit> lint(String markdown) {
        return LINTER.lint(markdown);
    }

    @Test
    void hitsGiveTheRuleTheLineAndTheWordsAsWritten() {
        List<Linter.Hit> hits = lint("Dear all,\n\nWe met Prostitutes and HIGH-RISK  groups.\n");
        assertThat(hits)
                .extracting(h -> h.rule().id(), Linter.Hit::line, Linter.Hit::text)
                .containsExactly(
                        tuple("prostitute", 3, "Prostitutes"),
                        tuple("high-risk-group", 3, "HIGH-RISK  groups"));
        assertThat(hits.get(0).before()).isEqualTo("We met ");
        assertThat(hits.get(0).after()).isEqualTo(" and HIGH-RISK  groups.");
    }

    @Test
    void everyMatchOfALineIsAHitAndCleanTextHasNone() {
        assertThat(lint("a prostitute, another prostitute\nTODO FIXME"))
                .extracting(Linter.Hit::line, Linter.Hit::text)
                .containsExactly(
                        tuple(1, "prostitute"),
                        tuple(1, "prostitute"),
                        tuple(2, "TODO"),
                        tuple(2, "FIXME"));
        assertThat(lint("Sex workers lead the response.\n\ntodo is Spanish.")).isEmpty();
        assertThat(lint("")).isEmpty();
    }

    @Test
    void contextIsAtMostSixtyCharactersEachSide() {
        String left = "l".repeat(100);
        String right = "r".repeat(100);
        Linter.Hit hit = lint(left + " TODO " + right).get(0);
        assertThat(hit.before()).isEqualTo("l".repeat(59) + " ");
        assertThat(hit.after()).isEqualTo(" " + "r".repeat(59));
    }

    @Test
    void anEarlierRuleWinsWordsTwoRulesMatch() {
        assertThat(lint("child prostitution, and prostitution"))
                .extracting(h -> h.rule().id(), Linter.Hit::text)
                .containsExactly(
                        tuple("child-prostitution", "child prostitution"),
                        tuple("prostitution", "prostitution"));
    }

    @Test
    void emptyMatchesAreNoHits() {
        Linter linter = new Linter(List.of(Rules.rule("empty", "x*", false)));
        assertThat(linter.lint("abc\ndef")).isEmpty();
        assertThat(linter.lint("axxb")).extracting(Linter.Hit::text).containsExactly("xx");
    }

    @Test
    void markdownEscapesAreRemovedBeforeMatching() {
        assertThat(lint("Dear \\[name\\], on \\[date\\]:\\\nTO\\DO"))
                .extracting(Linter.Hit::text, Linter.Hit::before)
                .containsExactly(tuple("[name]", "Dear "), tuple("[date]", "Dear [name], on "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "\\[name\\]|[name]",
                "a\\*b\\_c\\#|a*b_c#",
                "back\\\\slash|back\\slash",
                "hard break\\|hard break",
                "\\d and \\é stay|\\d and \\é stay",
                "no escapes|no escapes",
                "`\\`|``",
            })
    void unescapeReadsTheTextAReaderSees(String markdown, String text) {
        assertThat(Linter.unescape(markdown)).isEqualTo(text);
    }

    @Test
    void commentLinesAreSkippedAndTheSourcesSectionEndsTheLint() {
        String markdown =
                """
                <!-- advocate:section body -->
                  <!-- TODO: a note for the editor -->
                A prostitute.
                <!-- advocate:section sources -->
                1. Prostitution in law, TODO
                """;
        assertThat(lint(markdown))
                .extracting(Linter.Hit::line, Linter.Hit::text)
                .containsExactly(tuple(3, "prostitute"));
    }

    @Test
    void quotedWordsPassRulesThatExceptThemOnly() {
        assertThat(lint("The \"Prostitution Reform Act\" stays.")).isEmpty();
        assertThat(lint("The “Prostitution Reform Act” and «prostitution» stay.")).isEmpty();
        assertThat(lint("The \"Act\" on prostitution"))
                .extracting(Linter.Hit::text)
                .containsExactly("prostitution");
        assertThat(lint("“Act” on prostitution")).extracting(Linter.Hit::text).hasSize(1);
        assertThat(lint("\"high-risk groups\" and \"TODO\""))
                .extracting(Linter.Hit::text)
                .containsExactly("high-risk groups", "TODO");
    }

    @Test
    void quotedCountsQuotationMarksBeforeThePosition() {
        String line = "a \"b\" c “d” e «f» g \"h";
        assertThat(Linter.quoted(line, line.indexOf('a'))).isFalse();
        assertThat(Linter.quoted(line, line.indexOf('b'))).isTrue();
        assertThat(Linter.quoted(line, line.indexOf('c'))).isFalse();
        assertThat(Linter.quoted(line, line.indexOf('d'))).isTrue();
        assertThat(Linter.quoted(line, line.indexOf('e'))).isFalse();
        assertThat(Linter.quoted(line, line.indexOf('f'))).isTrue();
        assertThat(Linter.quoted(line, line.indexOf('g'))).isFalse();
        assertThat(Linter.quoted(line, line.indexOf('h'))).isTrue();
        // A stray closing mark does not open a quotation.
        assertThat(Linter.quoted("” » x", 4)).isFalse();
    }

    @Test
    void theRulesAreCopied() {
        List<TextRule> rules = new ArrayList<>(List.of(Rules.PLACEHOLDER));
        Linter linter = new Linter(rules);
        rules.clear();
        assertThat(linter.lint("TODO")).hasSize(1);
    }
}
