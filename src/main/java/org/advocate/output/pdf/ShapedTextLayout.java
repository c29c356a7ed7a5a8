package org.advocate.output.pdf;

import java.text.Bidi;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * One document's glyph layout: OpenPDF shapes the text of the fonts the {@link Shaper} registered,
 * and marks shaped text with {@code /ActualText} so that it is copied and searched as written: a
 * Devanagari conjunct or a Thai vowel drawn before its consonant extracts in its logical order.
 * Right-to-left text is not marked: its glyphs are drawn in visual order, one per letter or
 * ligature, and extractors (PDFBox, poppler) turn that back into logical order themselves; given
 * the logical text as well, poppler reverses it a second time.
 *
 * <p>Per document, not thread-safe: it remembers whether the marked sequence it began is open.
 */
final class ShapedTextLayout extends GlyphLayoutManager {
    private boolean marked;

    /**
     * @param fonts the shaped fonts
     * @param rtl whether the document's paragraphs run right to left
     */
    ShapedTextLayout(GlyphLayoutFontManager fonts, boolean rtl) {
        super(fonts);
        setWriteActualText(true);
        if (rtl) {
            setDefaultBidiDirection(Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
        }
    }

    @Override
    protected void beginMarkedContentSequence(PdfContentByte cb, String text) {
        char[] chars = text.toCharArray();
        marked =
                !Bidi.requiresBidi(chars, 0, chars.length)
                        || new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isLeftToRight();
        if (marked) {
            super.beginMarkedContentSequence(cb, text);
        }
    }

    @Override
    protected void endMarkedContentSequence(PdfContentByte cb) {
        if (marked) {
            super.endMarkedContentSequence(cb);
            marked = false;
        }
    }
}
