package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.advocate.model.Messages;
import org.advocate.model.RenderedLetter;

/**
 * Writes the letter's Markdown as UTF-8, exactly as rendered. A proof starts with one more
 * paragraph, in the letter's language, saying that it is a draft and how merged values are marked.
 */
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
        if (letter.metadata().proof()) {
            out.write(proofNotice(letter.metadata().messages()).getBytes(StandardCharsets.UTF_8));
        }
        out.write(letter.markdown().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The first paragraph of a proof: "**DRAFT** · Proof for review, ... are marked <mark>like
     * this</mark>."
     */
    static String proofNotice(Messages messages) {
        return "**"
                + literal(messages.text("draft"))
                + "** · "
                + literal(messages.text("proofNotice"))
                + " <mark>"
                + literal(messages.text("proofMarked"))
                + "</mark>.\n\n";
    }

    /** A message as Markdown that shows it as written: inline syntax characters escaped. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && "\\`*_[]<>&!~|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
