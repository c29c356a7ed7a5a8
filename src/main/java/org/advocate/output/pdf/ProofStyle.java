package org.advocate.output.pdf;

import java.awt.Color;

/**
 * How a proof looks in PDF: merged values, which its Markdown marks {@code <mark>...</mark>}, on a
 * light highlight, and a diagonal draft mark in light grey behind the text of every page.
 */
final class ProofStyle {
    /** The Markdown tag that opens a merged value. */
    static final String OPEN = "<mark>";

    /** The Markdown tag that closes a merged value. */
    static final String CLOSE = "</mark>";

    /** Behind a merged value: a pale yellow, like a highlighter pen; black text stays legible. */
    static final Color HIGHLIGHT = new Color(0xFF, 0xF0, 0x9E);

    /** The draft mark: light enough that the text over it reads as usual. */
    static final Color DRAFT = new Color(0xE2, 0xE2, 0xE2);

    /** The share of the page's diagonal the draft mark spans at most. */
    static final float DRAFT_SPAN = 0.6f;

    private ProofStyle() {}
}
