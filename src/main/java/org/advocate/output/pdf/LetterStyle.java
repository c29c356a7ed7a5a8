package org.advocate.output.pdf;

import java.awt.Color;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.Element;

/**
 * The letter's typography and page geometry, in points. Immutable; {@link #standard()} is the house
 * style: an 11 pt serif body, justified, with 1.25 leading, and a text block {@value #MEASURE_EMS}
 * ems wide (about 70 characters a line; side margins of about 1.7 inches on Letter paper at 11 pt),
 * with smaller top and bottom margins. {@link #with(Typesetting)} applies an organization's or a
 * letter's own choices.
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
 * @param sideMargin the left and right margins in points, or null to centre a text block {@value
 *     #MEASURE_EMS} ems of the body's size wide
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
        float signatureSpace,
        Float sideMargin) {

    /** The width of the text block in ems of the body size: 60-85 characters a line. */
    public static final float MEASURE_EMS = 32f;

    /** The widest text block a set margin may give, in ems: about 85 characters a line. */
    public static final float MAX_MEASURE_EMS = 32.5f;

    /** The narrowest text block a set margin may give, in ems: about 60 characters a line. */
    public static final float MIN_MEASURE_EMS = 26f;

    private static final float MM = 72f / 25.4f;
    private static final float MIN_MARGIN = 36f;
    private static final float HOUSE_SIZE = 11f;

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
                        Face.Family.SERIF, HOUSE_SIZE, 1.25f, Element.ALIGN_JUSTIFIED, 0f, 6f, ink);
        TextStyle left = body.withAlignment(Element.ALIGN_LEFT);
        Map<Section, TextStyle> sections = new EnumMap<>(Section.class);
        sections.put(
                Section.LETTERHEAD,
                new TextStyle(Face.Family.SANS, 8.5f, 1.3f, Element.ALIGN_LEFT, 0f, 0f, muted));
        sections.put(Section.DATE, left.withSpacing(0f, 14f));
        sections.put(Section.RECIPIENT, left.withLeading(1.25f).withSpacing(0f, 14f));
        sections.put(Section.REFERENCES, left.withSize(10f).withSpacing(0f, 12f));
        sections.put(Section.SUBJECT, left.withSpacing(0f, 12f));
        sections.put(Section.BODY, body);
        sections.put(Section.CLOSING, left.withSpacing(0f, 0f));
        sections.put(Section.SIGNERS, left.withSpacing(0f, 0f));
        sections.put(Section.ENCLOSURES, left.withSize(10f).withSpacing(10f, 0f));
        sections.put(Section.CC, left.withSize(10f).withSpacing(10f, 0f));
        sections.put(Section.SIGNATORIES, left.withSize(10f).withLeading(1.25f).withSpacing(0, 4));
        sections.put(Section.SOURCES, left.withSize(9f).withLeading(1.25f).withSpacing(0, 3));
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
                30f,
                null);
    }

    /**
     * This style with a letter's choices applied: a font size scales the text of every section but
     * the letterhead, a margin replaces the computed one, and the alignment applies to the body.
     */
    public LetterStyle with(Typesetting t) {
        Map<Section, TextStyle> changed = new EnumMap<>(sections);
        if (t.fontSize() != null) {
            float scale = t.fontSize() / section(Section.BODY).size();
            for (Section s : Section.values()) {
                if (s != Section.LETTERHEAD) {
                    changed.put(s, changed.get(s).withSize(changed.get(s).size() * scale));
                }
            }
        }
        if (t.justified() != null) {
            changed.put(
                    Section.BODY,
                    changed.get(Section.BODY)
                            .withAlignment(
                                    t.justified() ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT));
        }
        return new LetterStyle(
                changed,
                letterheadName,
                furniture,
                headingSizes,
                codeScale,
                linkColor,
                ruleColor,
                codeBackground,
                logoMaxHeight,
                signatureMaxHeight,
                signatureSpace,
                t.sideMargin() != null ? t.sideMargin() : sideMargin);
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

    /**
     * The left and right page margins: what centres a text block {@value #MEASURE_EMS} ems of the
     * body size wide (at 11 pt, 1.79 inches on Letter paper and 1.68 inches on A4), or the margin
     * set, moved only as far as keeps the text block between {@value #MIN_MEASURE_EMS} and {@value
     * #MAX_MEASURE_EMS} ems (about 60 to 85 characters a line).
     */
    public float margin(Paper paper) {
        float pageWidth = paper == Paper.LETTER ? 612f : 210f * MM;
        float em = section(Section.BODY).size();
        if (sideMargin != null) {
            // Where a margin and the line length conflict, the line length wins.
            float widest = (pageWidth - MAX_MEASURE_EMS * em) / 2f;
            float narrowest = (pageWidth - MIN_MEASURE_EMS * em) / 2f;
            return Math.max(MIN_MARGIN, Math.min(Math.max(sideMargin, widest), narrowest));
        }
        return Math.max(MIN_MARGIN, (pageWidth - MEASURE_EMS * em) / 2f);
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
