package org.advocate.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfReader;

/** Reads how many pages a PDF that advocate wrote has. */
public final class PdfPages {
    private PdfPages() {}

    /** Returns the page count of a PDF held in memory. */
    public static int count(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
