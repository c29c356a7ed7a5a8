package org.advocate.model;

/**
 * How an organization or a letter asks its PDF to be set, over the house style; each part is null
 * when not given. Read from a {@code style:} block in organization.yaml or letter.yaml.
 *
 * @param fontSize the body's font size, in points
 * @param sideMargin the left and right page margins, in points
 * @param justified true for justified text, false for ragged right ({@code left})
 * @param signersSideBySide true to set several signers two a row, false to stack them
 * @param envelope the window envelope the letter is folded into ({@code DL}, {@code C5} or {@code
 *     US10}), which places the addresses in its window
 */
public record PageStyle(
        Float fontSize,
        Float sideMargin,
        Boolean justified,
        Boolean signersSideBySide,
        String envelope) {
    /** Nothing asked: the house style throughout. */
    public static final PageStyle NONE = new PageStyle(null, null, null);

    /** A style that says nothing of signers and envelopes. */
    public PageStyle(Float fontSize, Float sideMargin, Boolean justified) {
        this(fontSize, sideMargin, justified, null, null);
    }

    /** This style's parts where given, else those of {@code base}. */
    public PageStyle over(PageStyle base) {
        if (base == null) {
            return this;
        }
        return new PageStyle(
                fontSize != null ? fontSize : base.fontSize(),
                sideMargin != null ? sideMargin : base.sideMargin(),
                justified != null ? justified : base.justified(),
                signersSideBySide != null ? signersSideBySide : base.signersSideBySide(),
                envelope != null ? envelope : base.envelope());
    }
}
