package org.advocate.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of output formats: adding a format is one class and one entry here. */
public final class Writers {
    private final List<LetterWriter> writers;

    private Writers(List<LetterWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** Every format advocate ships. */
    public static Writers standard() {
        return new Writers(
                List.of(new MarkdownWriter(), new PdfWriter(), new HtmlWriter(), new DocxWriter()));
    }

    /** Returns the writer for a format name. */
    public Optional<LetterWriter> byName(String name) {
        return writers.stream().filter(w -> w.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Returns the writer a file name's extension selects. */
    public Optional<LetterWriter> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return writers.stream().filter(w -> w.extensions().contains(ext)).findFirst();
    }

    /** Every format, in registry order. */
    public List<LetterWriter> all() {
        return writers;
    }

    /** The format names, for help and messages. */
    public String names() {
        return writers.stream().map(LetterWriter::name).collect(Collectors.joining(", "));
    }
}
