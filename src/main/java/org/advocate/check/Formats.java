package org.advocate.check;

import java.util.List;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;

/**
 * The output formats a check writes the letter in, and how: a check that passes means compose
 * succeeds in each of them.
 *
 * @param writers the formats, e.g. md and pdf
 * @param options paper and archival settings, as compose would get them
 */
public record Formats(List<LetterWriter> writers, OutputOptions options) {
    public Formats {
        writers = List.copyOf(writers);
    }
}
