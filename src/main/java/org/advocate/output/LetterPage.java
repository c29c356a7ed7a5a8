package org.advocate.output;

import java.util.List;
import org.advocate.model.DocumentMetadata;
import org.advocate.output.pdf.LetterStyle;
import org.advocate.output.pdf.Paper;
import org.advocate.output.pdf.Typesetting;

/**
 * The page a letter is laid out on by the formats that follow the PDF's page (HTML's print rules,
 * DOCX): its paper and the house style with the letter's own choices of type.
 *
 * @param paper the command line's paper, else the one usual for the letter's locale
 * @param style the house style with the letter's size, margins and alignment
 */
record LetterPage(Paper paper, LetterStyle style) {
    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    static LetterPage of(DocumentMetadata meta, OutputOptions options) {
        LetterStyle style =
                LetterStyle.standard()
                        .with(
                                new Typesetting(
                                        meta.style().fontSize(),
                                        meta.style().sideMargin(),
                                        meta.style().justified(),
                                        List.of()));
        Paper paper = options.paper() != null ? options.paper() : Paper.forLocale(meta.locale());
        return new LetterPage(paper, style);
    }
}
