package org.advocate.output.pdf;

import java.util.Comparator;
import java.util.List;

/**
 * One letter's choices of type, over the house style: what the organization and the letter ask for
 * (font size, side margins, alignment) and the merged names the line breaker keeps whole.
 *
 * @param fontSize the body's font size in points, or null for the house style's
 * @param sideMargin the left and right margins in points, or null for a measure of about 60-85
 *     characters a line at the font size
 * @param justified whether the body is justified (else ragged right), or null for justified
 * @param names merged names (of people and organizations), whose words are never hyphenated where
 *     the name is printed
 * @param fonts the user's font files, tried in order for characters the text faces lack, before the
 *     bundled fonts
 */
public record Typesetting(
        Float fontSize,
        Float sideMargin,
        Boolean justified,
        List<String> names,
        List<java.nio.file.Path> fonts) {
    /** The house style, with no names. */
    public static final Typesetting DEFAULT = new Typesetting(null, null, null, List.of());

    /** Choices with no fonts of the user's. */
    public Typesetting(Float fontSize, Float sideMargin, Boolean justified, List<String> names) {
        this(fontSize, sideMargin, justified, names, List.of());
    }

    public Typesetting {
        fonts = List.copyOf(fonts);
        // Longest first, so that a name inside a longer one does not cut the longer one short.
        names =
                names.stream()
                        .filter(n -> !n.isBlank())
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
    }
}
