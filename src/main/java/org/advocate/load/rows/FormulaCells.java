package org.advocate.load.rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps cells of a CSV that advocate writes inert in a spreadsheet (OWASP's rule against CSV
 * injection): a cell that begins with {@code = + - @}, a tab or a carriage return, after any number
 * of apostrophes, gets one more apostrophe in front, so a spreadsheet shows it as text instead of
 * running it as a formula. Such a file has a column headed {@link #MARKER}; when advocate reads a
 * CSV with that column back as rows, it takes exactly that apostrophe off again ({@link #restore}),
 * so {@code +44 20 7946 0000} or {@code -Maria} come back as written. The apostrophes of any other
 * cell are left alone.
 */
public final class FormulaCells {
    /**
     * The header of the column advocate adds to a CSV it writes (its own note on the row, such as
     * why it failed); a CSV with a column of that name is read as written by advocate.
     */
    public static final String MARKER = "advocate error";

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaCells() {}

    /** Returns the cell as advocate writes it: with an apostrophe in front when it could run. */
    public static String neutralize(String cell) {
        return startsFormula(cell, 0) ? "'" + cell : cell;
    }

    /**
     * Returns the header line of a CSV advocate writes: the columns guarded, without any {@link
     * #MARKER} column they had (a row read back from such a file), then {@link #MARKER}.
     */
    public static List<String> header(Collection<String> columns) {
        List<String> header = new ArrayList<>(columns.size() + 1);
        for (String column : dataColumns(columns)) {
            header.add(neutralize(column));
        }
        header.add(MARKER);
        return header;
    }

    /** Returns the columns of a header that hold data: all but a {@link #MARKER} column. */
    public static List<String> dataColumns(Collection<String> columns) {
        return columns.stream().filter(c -> !c.strip().equals(MARKER)).toList();
    }

    /**
     * Returns one record of a CSV advocate writes: the row's cells in the order of {@link
     * #dataColumns} (blank when it has none), then advocate's note on the row, all guarded.
     */
    public static List<String> record(
            Collection<String> columns, Map<String, String> cells, String note) {
        List<String> record = new ArrayList<>(columns.size() + 1);
        for (String column : dataColumns(columns)) {
            record.add(neutralize(cells.getOrDefault(column, "")));
        }
        record.add(neutralize(note));
        return record;
    }

    /** Returns a cell of a file advocate wrote as it was before {@link #neutralize}. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /**
     * Whether the text from {@code from} on is apostrophes and then a formula's first character.
     */
    private static boolean startsFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0;
    }
}
