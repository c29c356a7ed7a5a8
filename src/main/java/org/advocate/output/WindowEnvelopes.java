package org.advocate.output;

import org.advocate.InputException;
import org.advocate.model.DocumentMetadata;
import org.advocate.output.pdf.Envelope;
import org.advocate.output.pdf.Paper;

/** Which window envelope a letter is set for, if any. */
final class WindowEnvelopes {
    private WindowEnvelopes() {}

    /**
     * The window envelope: the command line's, else the letter's {@code style: envelope}. Its paper
     * wins over the locale's; a different paper asked for on the command line is an error.
     *
     * @return the envelope, or null for none
     */
    static Envelope chosen(OutputOptions options, DocumentMetadata meta) {
        Envelope envelope = options.envelope();
        if (envelope == null && meta.style().envelope() != null) {
            envelope = Envelope.valueOf(meta.style().envelope());
        }
        if (envelope != null && options.paper() != null && options.paper() != envelope.paper()) {
            throw InputException.of(
                    "--paper",
                    "",
                    "a "
                            + envelope
                            + " window envelope takes "
                            + (envelope.paper() == Paper.A4 ? "A4" : "US Letter")
                            + " paper, not "
                            + options.paper());
        }
        return envelope;
    }
}
