package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.advocate.model.RenderedLetter;

/** Writes the letter's Markdown as UTF-8, exactly as rendered. */
public final class MarkdownWriter implements LetterWriter {
    @Override
    public String name() {
        return "md";
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public void write(RenderedLetter letter, OutputOptions options, OutputStream out)
            throws IOException {
        out.write(letter.markdown().getBytes(StandardCharsets.UTF_8));
    }
}
