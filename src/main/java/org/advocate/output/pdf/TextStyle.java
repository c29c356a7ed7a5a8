package org.advocate.output.pdf;

import java.awt.Color;
import org.openpdf.text.Element;

/**
 * How a kind of paragraph is set.
 *
 * @param family the type family
 * @param size the font size in points
 * @param leading line height as a multiple of the largest font size on the line
 * @param alignment an OpenPDF {@link Element} alignment, e.g. {@link Element#ALIGN_JUSTIFIED}
 * @param spaceBefore space above the paragraph, in points
 * @param spaceAfter space below the paragraph, in points
 * @param color the text colour
 */
public record TextStyle(
        Face.Family family,
        float size,
        float leading,
        int alignment,
        float spaceBefore,
        float spaceAfter,
        Color color) {

    /** The same style at another size. */
    public TextStyle withSize(float newSize) {
        return new TextStyle(family, newSize, leading, alignment, spaceBefore, spaceAfter, color);
    }

    /** The same style in another family. */
    public TextStyle withFamily(Face.Family newFamily) {
        return new TextStyle(newFamily, size, leading, alignment, spaceBefore, spaceAfter, color);
    }

    /** The same style with other spacing. */
    public TextStyle withSpacing(float before, float after) {
        return new TextStyle(family, size, leading, alignment, before, after, color);
    }

    /** The same style with another alignment. */
    public TextStyle withAlignment(int newAlignment) {
        return new TextStyle(family, size, leading, newAlignment, spaceBefore, spaceAfter, color);
    }

    /** The same style with another leading. */
    public TextStyle withLeading(float newLeading) {
        return new TextStyle(family, size, newLeading, alignment, spaceBefore, spaceAfter, color);
    }
}
