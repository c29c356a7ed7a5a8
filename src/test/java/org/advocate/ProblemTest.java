package org.advocate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void isOneLineWhateverTheInputItQuotesHolds() {
        Problem problem =
                new Problem(
                        "rows.yaml:1:1",
                        "a\nb",
                        "YAML tags (!/x\n) are not allowed\r\u2028\t\u0085");
        assertThat(problem.toString())
                .isEqualTo(
                        "rows.yaml:1:1: a\\n"
                                + "b: YAML tags (!/x\\n"
                                + ") are not allowed\\r"
                                + "\\u2028\\t\\u0085")
                .doesNotContain("\n", "\r", "\u2028", "\u0085");
        assertThat(problem.message()).doesNotContain("\n");
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        Problem problem = new Problem("f.csv:row 2", "", "expected yes or no, found 'Ja, gern'");
        assertThat(problem.toString())
                .isEqualTo("f.csv:row 2: expected yes or no, found 'Ja, gern'");
    }
}
