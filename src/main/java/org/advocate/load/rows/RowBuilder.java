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
    private final int line;
    private final int sheetRow;
    private final Map<String, String> cells = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Set<String> refused = Set.of(); // made only for a row that has a refused cell

    RowBuilder(String source, int number) {
        this(source, number, 0, number);
    }

    /**
     * @param source the file, as named in messages
     * @param number the row's 1-based number among the data rows
     * @param line the file line where it starts, or 0 when unknown
     * @param sheetRow its number as a spreadsheet shows it
     */
    RowBuilder(String source, int number, int line, int sheetRow) {
        this.source = source;
        this.number = number;
        this.line = line;
        this.sheetRow = sheetRow;
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
            cells.put(header, TextRules.normalize(value));
        }
    }

    /** Records a problem with one cell. */
    void problem(String header, String message) {
        problems.add(new Problem(Row.cellLabel(source, line, sheetRow, header), "", message));
    }

    /** Records a problem with the whole row. */
    void rowProblem(String message) {
        problems.add(new Problem(Row.label(source, line, sheetRow), "", message));
    }

    Row build() {
        return new Row(source, number, line, sheetRow, cells, problems, refused);
    }
}
