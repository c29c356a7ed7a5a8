package org.advocate.output;

import org.advocate.output.pdf.Envelope;
import org.advocate.output.pdf.Paper;

/**
 * How to write: options of formats that have pages. Formats ignore what does not apply to them.
 *
 * @param paper the paper size, or null for the size usual for the letter's locale
 * @param pdfa whether to write PDF/A-2b (archival PDF)
 * @param envelope the window envelope to place the addresses for, or null for the letter's own
 *     {@code style: envelope}, if any
 */
public record OutputOptions(Paper paper, boolean pdfa, Envelope envelope) {
    /** Paper from the locale, no PDF/A. */
    public static final OutputOptions DEFAULT = new OutputOptions(null, false);

    /** Options without a window envelope. */
    public OutputOptions(Paper paper, boolean pdfa) {
        this(paper, pdfa, null);
    }
}
