package org.advocate.input;

/**
 * Where a value came from: a file position, or the command line.
 *
 * @param source a file path or label such as {@code --set}
 * @param line 1-based line, or 0 when not from a file
 * @param column 1-based column, or 0 when not from a file
 */
public record Origin(String source, int line, int column) {

    /** An origin that is not a file position, such as a command-line option. */
    public static Origin of(String label) {
        return new Origin(label, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line + ":" + column;
    }
}
