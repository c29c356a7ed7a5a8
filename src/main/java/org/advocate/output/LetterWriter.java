package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.advocate.Problem;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;

/**
 * Writes a rendered letter in one output format, from its Markdown and document metadata alone.
 * Implementations are immutable and reusable.
 */
public interface LetterWriter {
    /** The format's name on the command line, e.g. "md". */
    String name();

    /** The file-name extensions that select this format, lower case, without the dot. */
    List<String> extensions();

    /**
     * Returns what this format would refuse in a letter, found from its merged values alone (such
     * as a character no PDF font has), so that a batch can check every row before writing anything.
     * Each problem names the field and its origin. None by default.
     */
    default List<Problem> check(DocumentMetadata metadata) {
        return List.of();
    }

    /** What the writer would refuse with these options (its fonts, say); by default as above. */
    default List<Problem> check(DocumentMetadata metadata, OutputOptions options) {
        return check(metadata);
    }

    /** Writes the letter to the stream, without closing it. */
    void write(RenderedLetter letter, OutputOptions options, OutputStream out) throws IOException;
}
