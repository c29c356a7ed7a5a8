package org.advocate.output.pdf;

import java.util.List;

/**
 * Window envelopes a letter can be folded into, with where their window falls on the letter's first
 * page: the recipient's address (and above it the sender's one-line return address) is set there,
 * and marks at the page's left edge show where to fold. Lengths are in points from the page's
 * top-left corner. See docs/typesetting.md for the figures and their sources.
 *
 * <ul>
 *   <li>{@link #DL}: DIN 5008 form B on A4, folded in three (marks at 105 and 210 mm) into a DL
 *       envelope (110 × 220 mm, window 90 × 45 mm, 20 mm from the left). The address field is 85 ×
 *       45 mm, 20 mm from the left and 45 mm from the top: a 5 mm return-address line, then 40 mm
 *       for the address. A hole-punch mark at 148.5 mm.
 *   <li>{@link #C5}: the same field, folded once at 148.5 mm into a C5 envelope (162 × 229 mm) with
 *       the same window.
 *   <li>{@link #US10}: US Letter folded in three (marks at 3 2/3 and 7 1/3 in) into a #10 envelope
 *       (4 1/8 × 9 1/2 in), whose 4 1/2 × 1 1/8 in window is 7/8 in from its left and 1/2 in from
 *       its bottom. With the folded letter (3 2/3 in tall, 8 1/2 in wide) resting on the envelope's
 *       bottom and centred across it, the window shows the page from 0.375 to 4.875 in across and
 *       2.042 to 3.167 in down. The letter can shift 1/2 in either way across the envelope, so the
 *       text keeps to 1 to 4 1/4 in across, which the window shows wherever the letter lies, and
 *       1/16 in clear of the window's top and bottom.
 * </ul>
 */
public enum Envelope {
    DL(
            Paper.A4,
            mm(20),
            mm(45),
            mm(90),
            mm(45),
            mm(5),
            mm(1),
            mm(5),
            List.of(mm(105), mm(210)),
            mm(148.5f)),
    C5(
            Paper.A4,
            mm(20),
            mm(45),
            mm(90),
            mm(45),
            mm(5),
            mm(1),
            mm(5),
            List.of(mm(148.5f)),
            mm(148.5f)),
    US10(
            Paper.LETTER,
            in(0.375f),
            in(2f + 1f / 24f),
            in(4.5f),
            in(1.125f),
            in(0.625f),
            in(0.0625f),
            9f,
            List.of(in(11f / 3f), in(22f / 3f)),
            -1f);

    private final Paper paper;
    private final float left;
    private final float top;
    private final float width;
    private final float height;
    private final float inset;
    private final float verticalInset;
    private final float returnLine;
    private final List<Float> folds;
    private final float punch;

    Envelope(
            Paper paper,
            float left,
            float top,
            float width,
            float height,
            float inset,
            float verticalInset,
            float returnLine,
            List<Float> folds,
            float punch) {
        this.paper = paper;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.inset = inset;
        this.verticalInset = verticalInset;
        this.returnLine = returnLine;
        this.folds = folds;
        this.punch = punch;
    }

    private static float mm(float mm) {
        return mm * 72f / 25.4f;
    }

    private static float in(float inches) {
        return inches * 72f;
    }

    /** The paper the envelope takes. */
    public Paper paper() {
        return paper;
    }

    /** The window's left edge on the page, from the page's left edge. */
    public float windowLeft() {
        return left;
    }

    /** The window's top edge on the page, from the page's top edge. */
    public float windowTop() {
        return top;
    }

    /** The window's width. */
    public float windowWidth() {
        return width;
    }

    /** The window's height. */
    public float windowHeight() {
        return height;
    }

    /** How far the text keeps clear of the window's left and right edges. */
    public float inset() {
        return inset;
    }

    /**
     * How far the text keeps clear of the window's bottom edge, and (for US10) the return line of
     * its top edge.
     */
    public float verticalInset() {
        return verticalInset;
    }

    /** The height of the return-address line at the top of the window (DIN 5008: 5 mm). */
    public float returnLine() {
        return returnLine;
    }

    /** Where the letter is folded, from the page's top edge. */
    public List<Float> folds() {
        return folds;
    }

    /** Where the hole-punch mark goes, from the page's top edge; negative for none. */
    public float punch() {
        return punch;
    }
}
