package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.advocate.Problem;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;

/** Writes a rendered letter in one output format. Implementations are immutable and reusable. */
public interface LetterWriter {
    /** The format's name on the command line, e.g. "md". */
    String name();

    /** The file-name extensions that select this format, lower case, without the dot. */
    List<String> extensions();

    /**
     * Returns what this format would refuse in a letter, found from its fields alone (such as a
     * character no PDF font has), so that a batch can check every row before writing anything. Each
     * problem names the field; its origin is the field's where known. None by default.
     */
    default List<Problem> check(Letter letter) {
        return List.of();
    }

    /** Writes the letter to the stream, without closing it. */
    void write(RenderedLetter letter, OutputOptions options, OutputStream out) throws IOException;
}
