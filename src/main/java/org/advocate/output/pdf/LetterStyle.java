package org.advocate.output.pdf;

import java.awt.Color;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.Element;

/**
 * The letter's typography and page geometry, in points. Immutable; {@link #standard()} is the house
 * style: a 10.5 pt serif body, justified, with 1.27 leading, 0.9-inch (22 mm) side margins and
 * slightly smaller top and bottom margins.
 *
 * @param sections the paragraph style of each section
 * @param letterheadName the style of the sender's name, the letterhead's first line
 * @param furniture the style of the running header and the footer
 * @param headingSizes font sizes of heading levels 1 to 6
 * @param codeScale the size of code relative to the text around it (monospace looks larger)
 * @param linkColor the colour of live links
 * @param ruleColor the colour of rules and table lines
 * @param codeBackground the shade behind code blocks
 * @param logoMaxHeight the tallest a logo is printed
 * @param signatureMaxHeight the tallest a signature image is printed
 * @param signatureSpace the space left to sign by hand when there is no signature image
 */
public record LetterStyle(
        Map<Section, TextStyle> sections,
        TextStyle letterheadName,
        TextStyle furniture,
        float[] headingSizes,
        float codeScale,
        Color linkColor,
        Color ruleColor,
        Color codeBackground,
        float logoMaxHeight,
        float signatureMaxHeight,
        float signatureSpace) {

    private static final float MM = 72f / 25.4f;

    public LetterStyle {
        sections = Collections.unmodifiableMap(new EnumMap<>(sections));
        headingSizes = headingSizes.clone();
    }

    /** The house style. */
    public static LetterStyle standard() {
        Color ink = new Color(0x1A, 0x1A, 0x1A);
        Color muted = new Color(0x55, 0x55, 0x55);
        TextStyle body =
                new TextStyle(
                        Face.Family.SERIF, 10.5f, 1.27f, Element.ALIGN_JUSTIFIED, 0f, 6f, ink);
        TextStyle left = body.withAlignment(Element.ALIGN_LEFT);
        Map<Section, TextStyle> sections = new EnumMap<>(Section.class);
        sections.put(
                Section.LETTERHEAD,
                new TextStyle(Face.Family.SANS, 8.5f, 1.3f, Element.ALIGN_LEFT, 0f, 0f, muted));
        sections.put(Section.DATE, left.withSpacing(0f, 14f));
        sections.put(Section.RECIPIENT, left.withLeading(1.25f).withSpacing(0f, 14f));
        sections.put(Section.SUBJECT, left.withSpacing(0f, 12f));
        sections.put(Section.BODY, body);
        sections.put(Section.CLOSING, left.withSpacing(0f, 0f));
        sections.put(Section.SIGNATORIES, left.withSize(9.5f).withLeading(1.25f).withSpacing(0, 4));
        sections.put(Section.SOURCES, left.withSize(8.5f).withLeading(1.25f).withSpacing(0, 3));
        return new LetterStyle(
                sections,
                new TextStyle(Face.Family.SANS, 17f, 1.2f, Element.ALIGN_LEFT, 0f, 0f, ink),
                new TextStyle(Face.Family.SANS, 8f, 1.2f, Element.ALIGN_LEFT, 0f, 0f, muted),
                new float[] {15f, 13f, 12f, 11f, 11f, 11f},
                0.88f,
                new Color(0x1F, 0x4E, 0x8C),
                new Color(0x9A, 0x9A, 0x9A),
                new Color(0xF2, 0xF2, 0xF2),
                54f,
                48f,
                30f);
    }

    /** The paragraph style of a section. */
    public TextStyle section(Section section) {
        return sections.get(section);
    }

    /** The font size of a heading level (1 to 6). */
    public float headingSize(int level) {
        return headingSizes[Math.max(1, Math.min(level, headingSizes.length)) - 1];
    }

    @Override
    public float[] headingSizes() {
        return headingSizes.clone();
    }

    /** The left and right page margins: 0.9 inch on Letter paper, 22 mm on A4. */
    public float margin(Paper paper) {
        return paper == Paper.LETTER ? 64.8f : 22f * MM;
    }

    /** The top margin: room above the text and, from page 2, for the running header. */
    public float topMargin(Paper paper) {
        return paper == Paper.LETTER ? 54f : 19f * MM;
    }

    /** The bottom margin: room below the text for "Page X of Y". */
    public float bottomMargin(Paper paper) {
        return paper == Paper.LETTER ? 54f : 19f * MM;
    }
}
