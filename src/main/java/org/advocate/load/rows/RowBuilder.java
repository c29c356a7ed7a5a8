package org.advocate.load.rows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.Problem;
import org.advocate.input.TextRules;

/** Collects one row's cells, checking each against {@link TextRules} and the size limit. */
final class RowBuilder {
    private final String source;
    private final int number;
    private final Map<String, String> cells = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Set<String> refused = Set.of(); // made only for a row that has a refused cell

    RowBuilder(String source, int number) {
        this.source = source;
        this.number = number;
    }

    /** Adds a cell; a cell that breaks a rule becomes a problem instead. */
    void cell(String header, String value) {
        String problem = TextRules.check(value);
        if (problem == null && value.length() > RowReader.MAX_CELL_CHARS) {
            problem = "is longer than " + RowReader.MAX_CELL_CHARS + " characters";
        }
        if (problem != null) {
            problem(header, problem);
            if (refused.isEmpty()) {
                refused = new HashSet<>();
            }
            refused.add(header);
        } else {
            cells.put(header, value);
        }
    }

    /** Records a problem with one cell. */
    void problem(String header, String message) {
        problems.add(new Problem(Row.cellLabel(source, number, header), "", message));
    }

    /** Records a problem with the whole row. */
    void rowProblem(String message) {
        problems.add(new Problem(Row.label(source, number), "", message));
    }

    Row build() {
        return new Row(source, number, cells, problems, refused);
    }
}
