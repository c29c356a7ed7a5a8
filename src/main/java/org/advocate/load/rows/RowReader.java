package org.advocate.load.rows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.advocate.InputException;

/**
 * Reads rows one at a time, so memory does not grow with the number of rows (YAML, which is parsed
 * whole, is the exception and is limited in size). A problem with the whole file (encoding, header,
 * syntax) is thrown as an {@link InputException} naming the line; a problem with one row travels
 * with the row.
 */
public interface RowReader extends Iterator<Row>, AutoCloseable {
    /** The most columns a rows file may have. */
    int MAX_COLUMNS = 1000;

    /** The longest cell accepted, in characters. */
    int MAX_CELL_CHARS = 100_000;

    /**
     * Returns the column headers when the format declares them before the rows (CSV), else an empty
     * list: in YAML and JSON each row names its own columns.
     */
    default java.util.List<String> headers() {
        return java.util.List.of();
    }

    /** Closes the file. */
    @Override
    void close();

    /**
     * Opens a rows file that must have data rows: reading one with none (only a header line, an
     * empty list) fails with an {@link InputException} naming the file, unless it may be empty.
     *
     * @param file the file
     * @param format its format, or null to choose by the file's extension
     * @param allowEmpty whether a file without data rows is fine ({@code --allow-empty})
     */
    static RowReader open(Path file, RowFormat format, boolean allowEmpty) {
        RowReader rows = open(file, format);
        return allowEmpty ? rows : new NonEmptyRows(rows, file.toString());
    }

    /**
     * Opens a rows file, which may have no data rows.
     *
     * @param file the file
     * @param format its format, or null to choose by the file's extension
     */
    static RowReader open(Path file, RowFormat format) {
        RowFormat chosen = format;
        if (chosen == null) {
            chosen =
                    RowFormat.fromFileName(file)
                            .orElseThrow(
                                    () ->
                                            InputException.of(
                                                    file.toString(),
                                                    "",
                                                    "cannot tell the format from the file name;"
                                                            + " name it .csv, .yaml or .json, or"
                                                            + " give --rows-format"));
        }
        if (chosen == RowFormat.YAML) {
            return new YamlRowReader(file);
        }
        InputStream in;
        try {
            if (Files.isDirectory(file)) {
                throw InputException.of(file.toString(), "", "is a folder, not a file");
            }
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), "", "file not found");
        } catch (IOException e) {
            throw InputException.of(file.toString(), "", "cannot read file: " + e.getMessage());
        }
        StrictUtf8Reader reader = new StrictUtf8Reader(in, file.toString());
        return chosen == RowFormat.CSV
                ? new CsvRowReader(reader, file.toString())
                : new JsonRowReader(reader, file.toString());
    }
}
