package org.advocate.load.rows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.Problem;
import org.advocate.input.Origin;

/**
 * One row of a rows file: its cells by header, in the file's column order, as written.
 *
 * @param source the file, as named in messages
 * @param number the 1-based number of the row among the data rows (the header is not a row)
 * @param cells every cell that is fine, by header; a blank cell is an empty string
 * @param problems what is wrong with this row (ragged, forbidden characters, nested values)
 * @param refused the headers of cells left out of {@code cells} because of such a problem
 */
public record Row(
        String source,
        int number,
        Map<String, String> cells,
        List<Problem> problems,
        Set<String> refused) {

    public Row {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        problems = List.copyOf(problems);
        refused = Set.copyOf(refused);
    }

    /** Returns the 0-based index of the row, the number sharding and reports use. */
    public int index() {
        return number - 1;
    }

    /** Returns {@code file:row N}, the row's name in messages. */
    public String label() {
        return label(source, number);
    }

    /** Returns the origin of one cell, {@code file:row N, column "Header"}. */
    public Origin origin(String header) {
        return Origin.of(cellLabel(source, number, header));
    }

    static String label(String source, int number) {
        return source + ":row " + number;
    }

    static String cellLabel(String source, int number, String header) {
        return label(source, number) + ", column \"" + header + "\"";
    }
}
