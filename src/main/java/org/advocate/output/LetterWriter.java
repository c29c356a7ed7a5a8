package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import org.advocate.model.RenderedLetter;

/** Writes a rendered letter in one output format. Implementations are immutable and reusable. */
public interface LetterWriter {
    /** The format's name on the command line, e.g. "md". */
    String name();

    /** The file-name extensions that select this format, lower case, without the dot. */
    java.util.List<String> extensions();

    /** Writes the letter to the stream, without closing it. */
    void write(RenderedLetter letter, OutputStream out) throws IOException;
}
