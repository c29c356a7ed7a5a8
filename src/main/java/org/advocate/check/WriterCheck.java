package org.advocate.check;

import java.io.IOException;
import java.util.List;
import org.advocate.AdvocateException;
import org.advocate.compose.Composer;
import org.advocate.load.LetterInput;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;

/**
 * Writes the letter in memory in each format checked, as compose would, so that whatever a writer
 * refuses (a character no font has, an image it cannot use) is a finding: a check that passes means
 * compose succeeds in those formats.
 */
final class WriterCheck {
    private WriterCheck() {}

    /**
     * Writes the letter in one format.
     *
     * @return its bytes, or null when the writer refused it (the findings say why)
     */
    static byte[] write(
            Composer composer,
            LetterWriter writer,
            OutputOptions options,
            LetterInput input,
            RenderedLetter rendered,
            List<Finding> findings) {
        try {
            return composer.bytes(rendered, writer, options);
        } catch (AdvocateException e) {
            for (String line : e.lines()) {
                findings.add(
                        Finding.fromMessage(line, input.origin(), Severity.ERROR, writer.name()));
            }
        } catch (IOException e) {
            findings.add(
                    new Finding(
                            input.origin(),
                            0,
                            0,
                            Severity.ERROR,
                            writer.name(),
                            "cannot write as " + writer.name() + ": " + e.getMessage()));
        }
        return null;
    }
}
