package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.OutputException;
import org.advocate.Problem;
import org.advocate.load.rows.Row;
import org.junit.jupiter.api.Test;

class RunProblemsTest {
    private static Row row(int number) {
        return new Row("r.csv", number, Map.of(), List.of(), Set.of());
    }

    @Test
    void keepsTheFirstThousandProblemsAndCountsTheRest() {
        RunProblems problems = new RunProblems("r.csv");
        for (int i = 1; i <= 1500; i++) {
            problems.input(new Problem("r.csv:row " + i, "recipient.name", "is required"));
        }
        List<String> lines =
                catchThrowableOfType(InputException.class, problems::throwIfAny).lines();
        assertThat(lines).hasSize(RunProblems.SHOWN + 1);
        assertThat(lines.get(0)).isEqualTo("r.csv:row 1: recipient.name: is required");
        assertThat(lines.get(RunProblems.SHOWN))
                .isEqualTo(
                        "r.csv: and 500 more problems; --continue-on-error lists every failed"
                                + " row in failed.csv");
    }

    @Test
    void oneRefusalSharedByManyRowsIsOneLine() {
        RunProblems problems = new RunProblems("r.csv");
        for (int i = 1; i <= 9; i++) {
            problems.refused(row(i), List.of(new Problem("", "org.name", "contains U+5C71")));
        }
        assertThat(catchThrowableOfType(InputException.class, problems::throwIfAny).lines())
                .containsExactly(
                        "r.csv:row 1: org.name: contains U+5C71 (also in rows 2, 3, 4, 5, 6 and 3"
                                + " more)");
    }

    @Test
    void invalidInputComesBeforeOutputProblemsAndRenderFailures() {
        RunProblems problems = new RunProblems("r.csv");
        assertThat(problems.any()).isFalse();
        problems.failure(new OutputException("disk full"));
        problems.output("r.csv:row 2: a.md: file exists");
        assertThat(catchThrowableOfType(OutputException.class, problems::throwIfAny).lines())
                .containsExactly("r.csv:row 2: a.md: file exists");
        problems.input(new Problem("r.csv:row 3", "", "bad"));
        assertThat(catchThrowableOfType(InputException.class, problems::throwIfAny)).isNotNull();
    }
}
