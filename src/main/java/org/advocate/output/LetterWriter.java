package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.advocate.model.RenderedLetter;

/** Writes a rendered letter in one output format. Implementations are immutable and reusable. */
public interface LetterWriter {
    /** The format's name on the command line, e.g. "md". */
    String name();

    /** The file-name extensions that select this format, lower case, without the dot. */
    List<String> extensions();

    /** Writes the letter to the stream, without closing it. */
    void write(RenderedLetter letter, OutputOptions options, OutputStream out) throws IOException;
}
