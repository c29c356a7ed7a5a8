package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRuleTest {
    private static TextRule rule(String suggest, String reference) {
        return new TextRule(
                "prostitute",
                Pattern.compile("prostitutes?"),
                Severity.WARNING,
                "a term that stigmatizes",
                suggest,
                reference,
                true);
    }

    @Test
    void describeQuotesTheWordsThenGivesTheMessageSuggestionAndReference() {
        assertThat(rule("sex worker(s)", "UNAIDS (2007)").describe("Prostitutes"))
                .isEqualTo(
                        "'Prostitutes': a term that stigmatizes; prefer sex worker(s) (UNAIDS"
                                + " (2007))");
    }

    @Test
    void describeLeavesOutWhatTheRuleLacks() {
        assertThat(rule(null, null).describe("x")).isEqualTo("'x': a term that stigmatizes");
        assertThat(rule("y", null).describe("x"))
                .isEqualTo("'x': a term that stigmatizes; prefer y");
        assertThat(rule(null, "Ref").describe("x")).isEqualTo("'x': a term that stigmatizes (Ref)");
    }
}
