package org.advocate.output.docx;

/**
 * The fonts a DOCX names. The PDF embeds the Liberation faces; a DOCX only names its fonts, and
 * Word on a machine without Liberation would substitute something of other widths, moving every
 * line and page break. So it names the fonts the Liberation faces were drawn to match, glyph for
 * glyph in width: Liberation Serif is metric-compatible with Times New Roman, Liberation Sans with
 * Arial, Liberation Mono with Courier New. Word uses those; LibreOffice maps them back to
 * Liberation. The same names are given for Latin, complex-script (right-to-left) and East Asian
 * text, so a script the font lacks falls back the same way everywhere.
 */
final class Fonts {
    /** The text face: Liberation Serif in the PDF. */
    static final String SERIF = "Times New Roman";

    /** The letterhead and headings: Liberation Sans in the PDF. */
    static final String SANS = "Arial";

    /** Code: Liberation Mono in the PDF. */
    static final String MONO = "Courier New";

    private Fonts() {}
}
