package org.advocate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.advocate.InputException;
import org.advocate.load.rows.RowFormat;

/**
 * {@code --rows -}: the rows read from standard input. A batch reads its rows more than once (to
 * plan, then to write), so standard input is first copied to a private temporary file, removed when
 * the command ends. Its format is {@code --rows-format}, else CSV.
 */
final class StandardInputRows implements AutoCloseable {
    private final Path folder;
    private final Path file;

    private StandardInputRows(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Whether a --rows value names standard input. */
    static boolean named(Path rows) {
        return rows != null && rows.toString().equals("-");
    }

    /**
     * Copies standard input to a temporary rows file.
     *
     * @param stdin standard input
     * @param format the --rows-format given, or null for CSV
     */
    static StandardInputRows read(InputStream stdin, RowFormat format) {
        RowFormat chosen = format != null ? format : RowFormat.CSV;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("advocate-rows-");
            Path file = folder.resolve("stdin." + chosen.name().toLowerCase(Locale.ROOT));
            Files.copy(stdin, file);
            return new StandardInputRows(folder, file);
        } catch (IOException e) {
            delete(folder, null);
            throw InputException.of(
                    "--rows -", "", "cannot read standard input: " + e.getMessage());
        }
    }

    /** The copy, to read as the rows file. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        delete(folder, file);
    }

    private static void delete(Path folder, Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (folder != null) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless; the system's cleaner removes it
        }
    }
}
