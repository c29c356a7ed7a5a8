package org.advocate.output;

import java.nio.file.Path;
import java.util.List;
import org.advocate.output.pdf.Envelope;
import org.advocate.output.pdf.Paper;

/**
 * How to write: options of formats that have pages. Formats ignore what does not apply to them.
 *
 * @param paper the paper size, or null for the size usual for the letter's locale
 * @param pdfa whether to write PDF/A-2b (archival PDF)
 * @param envelope the window envelope to place the addresses for, or null for the letter's own
 *     {@code style: envelope}, if any
 * @param fonts font files (TrueType or OpenType, checked by the caller) for characters the text
 *     faces lack, tried in order before the bundled fonts
 */
public record OutputOptions(Paper paper, boolean pdfa, Envelope envelope, List<Path> fonts) {
    /** Paper from the locale, no PDF/A, no window envelope, no fonts of the user's. */
    public static final OutputOptions DEFAULT = new OutputOptions(null, false);

    public OutputOptions {
        fonts = List.copyOf(fonts);
    }

    /** Options without a window envelope or fonts of the user's. */
    public OutputOptions(Paper paper, boolean pdfa) {
        this(paper, pdfa, null, List.of());
    }
}
