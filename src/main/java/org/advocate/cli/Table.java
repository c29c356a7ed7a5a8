package org.advocate.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns that fits a given width: when the rows are too wide, the
 * flexible column is shortened and its cells end with an ellipsis.
 */
final class Table {
    private final List<String> headers;
    private final List<Integer> flexible;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param flexible the indexes of the columns that give up width when the table is too wide (the
     *     widest of them first)
     */
    Table(List<String> headers, List<Integer> flexible) {
        this.headers = List.copyOf(headers);
        this.flexible = flexible;
    }

    Table row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The terminal width: {@code COLUMNS} when it is a sensible number, else 80. */
    static int width(java.util.Map<String, String> env) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Renders the table, each line at most {@code width} characters where possible. */
    String render(int width) {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        int total = 2 * (n - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > width) {
            int widest = -1;
            for (int i : flexible) {
                if (widths[i] > headers.get(i).length() + 1
                        && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            total--;
        }
        StringBuilder out = new StringBuilder();
        line(headers, widths, out);
        for (List<String> row : rows) {
            line(row, widths, out);
        }
        return out.toString();
    }

    private static void line(List<String> cells, int[] widths, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, Math.max(0, widths[i] - 1)) + "…";
            }
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
