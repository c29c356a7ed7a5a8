package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Page furniture: "Page X of Y" in the letter's language at the foot of every page, and from page 2
 * a slim running header (sender · recipient · date) over a hairline. Y is unknown until the
 * document closes, so it goes into a template that every footer shows and that is filled in at the
 * end. A proof gets its draft mark across every page, under the text.
 */
final class PageDecorator extends PdfPageEventHelper {
    private static final float FOOTER_RISE = 0.45f;
    private static final float HEADER_RISE = 24f;

    private final LetterStyle style;
    private final FontChain chain;
    private final Font font;
    private final String header;
    private final String beforeTotal;
    private final String afterTotal;
    private final boolean hasTotal;
    private final String draftMark;
    private final Font draftFont;
    private PdfTemplate total;

    /**
     * @param fonts the font set
     * @param style the letter's style
     * @param header the running header's text, or null for none
     * @param pageLabel the footer, with {@code {page}} and {@code {pages}} (the page count, known
     *     only at the end, is drawn where {@code {pages}} stands)
     * @param draftMark the word set across every page of a proof, or null for none
     */
    PageDecorator(
            FontSet fonts,
            FontChain chain,
            LetterStyle style,
            String header,
            String pageLabel,
            String draftMark) {
        this.style = style;
        this.chain = chain;
        TextStyle furniture = style.furniture();
        this.font =
                fonts.font(
                        Face.of(furniture.family(), false, false),
                        furniture.size(),
                        furniture.color());
        if (header != null) {
            chain.split(header, font, false); // a character no font has fails here, not mid-page
        }
        this.header = header;
        int at = pageLabel.indexOf(PAGES);
        this.hasTotal = at >= 0;
        this.beforeTotal = at < 0 ? pageLabel : pageLabel.substring(0, at);
        this.afterTotal = at < 0 ? "" : pageLabel.substring(at + PAGES.length());
        FontSet.check(font.getBaseFont(), pageLabel);
        this.draftMark = draftMark == null || draftMark.isBlank() ? null : draftMark.strip();
        this.draftFont =
                this.draftMark == null
                        ? null
                        : fonts.font(
                                Face.of(Face.Family.SANS, true, false), 100f, ProofStyle.DRAFT);
        if (this.draftMark != null) {
            FontSet.check(draftFont.getBaseFont(), this.draftMark);
        }
    }

    private static final String PAGES = "{pages}";

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(digitsWidth(5), font.getSize() * 1.4f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (draftMark != null) {
            draftMark(writer.getDirectContentUnder(), document.getPageSize());
        }
        PdfContentByte canvas = writer.getDirectContent();
        int page = writer.getPageNumber();
        String number = String.valueOf(page);
        String label = beforeTotal.replace("{page}", number);
        String tail = afterTotal.replace("{page}", number);
        BaseFont base = font.getBaseFont();
        float labelWidth = base.getWidthPoint(label, font.getSize());
        float totalWidth = hasTotal ? digitsWidth(number.length()) : 0f;
        // Centre "Page X of Y" as if Y had as many digits as X: right for all but a few pages.
        float width = labelWidth + totalWidth + base.getWidthPoint(tail, font.getSize());
        float x = (document.left() + document.right() - width) / 2f;
        float y = document.bottom() * FOOTER_RISE;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(label, font), x, y, 0f);
        if (hasTotal) {
            canvas.addTemplate(total, x + labelWidth, y - font.getSize() * 0.3f);
        }
        if (!tail.isEmpty()) {
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(tail, font),
                    x + labelWidth + totalWidth,
                    y,
                    0f);
        }
        if (page > 1 && header != null) {
            runningHeader(canvas, document);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String pages = String.valueOf(writer.getPageNumber() - 1);
        ColumnText.showTextAligned(
                total, Element.ALIGN_LEFT, new Phrase(pages, font), 0f, font.getSize() * 0.3f, 0f);
    }

    private void runningHeader(PdfContentByte canvas, Document document) {
        float y = document.top() + HEADER_RISE;
        String text = fit(header, document.right() - document.left());
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        List<TextRun> runs = new ArrayList<>();
        for (FontChain.Part part : chain.split(text, font, false)) {
            runs.add(new TextRun(part.text(), part.font(), null, 0f, false));
        }
        for (TextRun run : Direction.visual(runs, false)) {
            phrase.add(new Chunk(run.text(), run.font()));
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, document.left(), y, 0f);
        canvas.saveState();
        canvas.setLineWidth(0.3f);
        canvas.setColorStroke(style.ruleColor());
        canvas.moveTo(document.left(), y - 5f);
        canvas.lineTo(document.right(), y - 5f);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * The draft mark from corner to corner, under everything else on the page, sized to span most
     * of the diagonal whatever the word's length.
     */
    private void draftMark(PdfContentByte under, Rectangle page) {
        double diagonal = Math.hypot(page.getWidth(), page.getHeight());
        BaseFont base = draftFont.getBaseFont();
        float width = base.getWidthPoint(draftMark, 1f);
        float size = (float) Math.min(140.0, diagonal * ProofStyle.DRAFT_SPAN / width);
        Font sized = new Font(base, size, Font.NORMAL, ProofStyle.DRAFT);
        float angle = (float) Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth()));
        // The middle of the page, less half the capital height, so the word sits centred.
        float rise = base.getFontDescriptor(BaseFont.CAPHEIGHT, size) / 2f;
        double radians = Math.toRadians(angle);
        float x = page.getWidth() / 2f + (float) (rise * Math.sin(radians));
        float y = page.getHeight() / 2f - (float) (rise * Math.cos(radians));
        ColumnText.showTextAligned(
                under, Element.ALIGN_CENTER, new Phrase(draftMark, sized), x, y, angle);
    }

    /** Shortens text with an ellipsis until it fits the width. */
    private String fit(String text, float width) {
        if (width(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…") > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }

    /** The width of a text as the font chain sets it. */
    private float width(String text) {
        float w = 0f;
        for (FontChain.Part part : chain.split(text, font, false)) {
            w += Shaper.standard().width(part.font(), part.text());
        }
        return w;
    }

    private float digitsWidth(int digits) {
        return font.getBaseFont().getWidthPoint("0".repeat(digits), font.getSize());
    }
}
