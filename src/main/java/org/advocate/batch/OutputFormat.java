package org.advocate.batch;

import java.util.Locale;
import java.util.Optional;
import org.advocate.OutputException;
import org.advocate.output.LetterWriter;
import org.advocate.output.Writers;

/** Which format a batch writes, and the extension its file names end in. */
final class OutputFormat {
    private OutputFormat() {}

    /** A name pattern with the writer's extension added when it ends in no known one. */
    static String withExtension(String pattern, Writers writers, LetterWriter writer) {
        return writers.byFileName(pattern).isPresent()
                ? pattern
                : pattern + "." + writer.extensions().get(0);
    }

    /** The format a batch writes: from -f, else from the name pattern's extension. */
    static LetterWriter choose(Writers writers, String format, String pattern) {
        Optional<LetterWriter> byExtension = writers.byFileName(pattern);
        if (format == null) {
            return byExtension.orElseThrow(
                    () ->
                            new OutputException(
                                    "--name "
                                            + pattern
                                            + ": cannot tell the format from the name; end it"
                                            + " with a known extension or give -f ("
                                            + writers.names()
                                            + ")"));
        }
        LetterWriter chosen =
                writers.byName(format)
                        .orElseThrow(
                                () ->
                                        new OutputException(
                                                "unknown format '"
                                                        + format
                                                        + "'; known: "
                                                        + writers.names()));
        if (byExtension.isPresent() && byExtension.get() != chosen) {
            throw new OutputException(
                    "--name "
                            + pattern
                            + " ends in ."
                            + extension(pattern)
                            + " but the format is "
                            + chosen.name());
        }
        return chosen;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
