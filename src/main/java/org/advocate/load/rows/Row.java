package org.advocate.load.rows;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.Problem;
import org.advocate.input.Origin;

/**
 * One row of a rows file: its cells by header, in the file's column order, as written.
 *
 * <p>Messages name a row as a spreadsheet does, and the file line where it starts: in CSV the
 * header is row 1, so the first data row is row 2 ({@code recipients.csv:2 (row 2)}); in YAML and
 * JSON, which have no header, the first item is row 1.
 *
 * @param source the file, as named in messages
 * @param number the 1-based number of the row among the data rows (the header is not a row): the
 *     number batch's {@code {#}}, shards and reports count
 * @param line the file line where the row starts, or 0 when unknown
 * @param sheetRow the row's number as a spreadsheet shows it (in CSV the header is row 1)
 * @param cells every cell that is fine, by header; a blank cell is an empty string
 * @param problems what is wrong with this row (ragged, forbidden characters, nested values)
 * @param refused the headers of cells left out of {@code cells} because of such a problem
 */
public record Row(
        String source,
        int number,
        int line,
        int sheetRow,
        Map<String, String> cells,
        List<Problem> problems,
        Set<String> refused) {

    public Row {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        problems = List.copyOf(problems);
        refused = Set.copyOf(refused);
    }

    /** A row whose line is unknown and whose spreadsheet number is its data number. */
    public Row(
            String source,
            int number,
            Map<String, String> cells,
            List<Problem> problems,
            Set<String> refused) {
        this(source, number, 0, number, cells, problems, refused);
    }

    /** Returns the 0-based index of the row, the number sharding and reports use. */
    public int index() {
        return number - 1;
    }

    /** Returns {@code file:line (row N)}, the row's name in messages. */
    public String label() {
        return label(source, line, sheetRow);
    }

    /** Returns the origin of one cell, {@code file:line (row N), column "Header"}. */
    public Origin origin(String header) {
        return Origin.of(cellLabel(source, line, sheetRow, header));
    }

    static String label(String source, int line, int sheetRow) {
        return line > 0
                ? source + ":" + line + " (row " + sheetRow + ")"
                : source + ":row " + sheetRow;
    }

    static String cellLabel(String source, int line, int sheetRow, String header) {
        return label(source, line, sheetRow) + ", column \"" + header + "\"";
    }

    /**
     * Orders problems by the row they name, file-wide problems first; problems of one row keep
     * their order. Reads the row from the origin as {@link #label()} writes it.
     */
    public static final Comparator<Problem> BY_ROW =
            Comparator.comparingLong(p -> rowOf(p.origin()));

    private static final Pattern ROW = Pattern.compile("(?:^|[: (])row (\\d+)\\b");

    private static long rowOf(String origin) {
        Matcher m = ROW.matcher(origin);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
