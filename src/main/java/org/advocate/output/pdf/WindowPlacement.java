package org.advocate.output.pdf;

import java.util.List;
import java.util.Locale;
import org.advocate.InputException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Sets the recipient's address, and the sender's return line above it, in the window of an {@link
 * Envelope} on the first page, draws the fold marks (and DIN's hole-punch mark) at the page's left
 * edge, and moves the flow of the letter below the window. An address with more lines than the
 * window holds at the body size is set smaller, down to {@value #MIN_SIZE} pt; one that does not
 * fit even so is an error.
 */
final class WindowPlacement {
    private static final float MIN_SIZE = 7f;
    private static final float LEADING = 1.2f;
    private static final float RETURN_SIZE = 7f;
    private static final float FOLD_MARK = 20f;
    private static final float PUNCH_MARK = 28f;
    private static final float GAP_BELOW = 18f;
    private static final float RETURN_GAP = 2f;

    private final Document document;
    private final PdfWriter writer;
    private final FontSet fonts;
    private final LetterStyle style;
    private final Envelope envelope;
    private final String returnAddress;

    WindowPlacement(
            Document document,
            PdfWriter writer,
            FontSet fonts,
            LetterStyle style,
            Envelope envelope,
            String returnAddress) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.style = style;
        this.envelope = envelope;
        this.returnAddress = returnAddress;
    }

    /** The width the address's lines are broken to: the window's, less its insets. */
    float textWidth() {
        return envelope.windowWidth() - 2f * envelope.inset();
    }

    /** Where the flow stands, in points from the page's top edge. */
    private float flowFromTop() {
        return document.getPageSize().getHeight() - writer.getVerticalPosition(false);
    }

    /**
     * Places the address lines in the window, with the return line and the marks, and returns the
     * space the flow must skip to go on below the window.
     */
    PdfPCell place(List<String> lines) {
        float used = flowFromTop();
        if (writer.getPageNumber() > 1 || used > envelope.windowTop() + 0.5f) {
            throw InputException.of(
                    "letterhead",
                    "",
                    String.format(
                            Locale.ROOT,
                            "the letterhead reaches %.0f mm down the page, into the %s window"
                                    + " (from %.0f mm): shorten the organization's address or"
                                    + " leave out the logo",
                            used / MM,
                            envelope,
                            envelope.windowTop() / MM));
        }
        float pageHeight = document.getPageSize().getHeight();
        PdfContentByte canvas = writer.getDirectContent();
        float x = envelope.windowLeft() + envelope.inset();
        float top =
                envelope.windowTop() + (envelope == Envelope.US10 ? envelope.verticalInset() : 0f);
        returnLine(canvas, x, pageHeight - top - envelope.returnLine());
        float zoneTop = top + envelope.returnLine() + RETURN_GAP;
        float zone =
                envelope.windowTop() + envelope.windowHeight() - envelope.verticalInset() - zoneTop;
        TextStyle body = style.section(Section.RECIPIENT);
        float size = Math.min(body.size(), zone / ((lines.size() - 1) * LEADING + 1.15f));
        if (size < MIN_SIZE) {
            int most = (int) ((zone / MIN_SIZE - 1.15f) / LEADING) + 1;
            throw InputException.of(
                    "recipient",
                    "",
                    "the address has "
                            + lines.size()
                            + " lines; the "
                            + envelope
                            + " window holds "
                            + most
                            + " (leave out the title or an address line)");
        }
        Font font = fonts.font(Face.of(body.family(), false, false), size, body.color());
        BaseFont base = font.getBaseFont();
        float baseline = pageHeight - zoneTop - base.getFontDescriptor(BaseFont.ASCENT, size);
        for (String line : lines) {
            FontSet.check(base, line);
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_LEFT, new Phrase(line, font), x, baseline, 0f);
            baseline -= size * LEADING;
        }
        marks(canvas, pageHeight);
        PdfPCell skip = Blocks.plainCell();
        float below = envelope.windowTop() + envelope.windowHeight() + GAP_BELOW;
        skip.setFixedHeight(Math.max(0.01f, below - used));
        return skip;
    }

    private static final float MM = 72f / 25.4f;

    /** The sender in one small line over a hairline, shortened to the window's width. */
    private void returnLine(PdfContentByte canvas, float x, float bottom) {
        if (returnAddress == null || returnAddress.isBlank()) {
            return;
        }
        TextStyle furniture = style.furniture();
        Font font =
                fonts.font(
                        Face.of(furniture.family(), false, false), RETURN_SIZE, furniture.color());
        FontSet.check(font.getBaseFont(), returnAddress);
        String text = fit(returnAddress, font, textWidth());
        float y = bottom + 2.5f;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), x, y, 0f);
        canvas.saveState();
        canvas.setLineWidth(0.3f);
        canvas.setColorStroke(style.ruleColor());
        canvas.moveTo(x, bottom + 1f);
        canvas.lineTo(x + font.getBaseFont().getWidthPoint(text, RETURN_SIZE), bottom + 1f);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Fold marks, and the hole-punch mark, at the left edge of the page. */
    private void marks(PdfContentByte canvas, float pageHeight) {
        canvas.saveState();
        canvas.setLineWidth(0.4f);
        canvas.setColorStroke(style.ruleColor());
        for (float fold : envelope.folds()) {
            canvas.moveTo(0f, pageHeight - fold);
            canvas.lineTo(FOLD_MARK, pageHeight - fold);
        }
        if (envelope.punch() > 0f) {
            canvas.moveTo(0f, pageHeight - envelope.punch());
            canvas.lineTo(PUNCH_MARK, pageHeight - envelope.punch());
        }
        canvas.stroke();
        canvas.restoreState();
    }

    private static String fit(String text, Font font, float width) {
        BaseFont base = font.getBaseFont();
        if (base.getWidthPoint(text, font.getSize()) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && base.getWidthPoint(cut + "…", font.getSize()) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }
}
