package org.advocate.output.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * What sections do beyond their type: the letterhead is set beside the logo and ruled off, and the
 * closing, with the signature image between the complimentary close and the name, is kept on one
 * page. Sections without such work pass their blocks straight to the page.
 */
final class LetterLayout {
    private static final float LOGO_COLUMN = 0.32f;
    private static final float SIGNATURE_MAX_WIDTH = 180f;

    private final LetterStyle style;
    private final Image logo;
    private final Image signature;
    private PdfPCell held;

    /**
     * @param style the letter's style
     * @param logo the decoded logo, shared between documents and never changed here; or null
     * @param signature the decoded signature image, likewise; or null
     */
    LetterLayout(LetterStyle style, Image logo, Image signature) {
        this.style = style;
        this.logo = logo;
        this.signature = signature;
    }

    void enter(Section section, PdfContentWriter writer) {
        switch (section) {
            case LETTERHEAD -> {
                held = Blocks.plainCell();
                float width = writer.width() * (logo != null ? 1f - LOGO_COLUMN : 1f);
                writer.pushSink(BlockSink.of(held, width));
            }
            case CLOSING -> {
                held = Blocks.plainCell();
                writer.pushSink(new ClosingSink(held, writer.width()));
            }
            default -> held = null;
        }
    }

    void leave(Section section, PdfContentWriter writer) {
        if (held == null) {
            return;
        }
        PdfPCell content = held;
        held = null;
        writer.popSink();
        switch (section) {
            case LETTERHEAD -> letterhead(content, writer);
            case CLOSING -> closing(content, writer);
            default -> throw new IllegalStateException("no layout for " + section);
        }
    }

    private void letterhead(PdfPCell text, PdfContentWriter writer) {
        PdfPTable table;
        if (logo != null) {
            table = Blocks.table(1f - LOGO_COLUMN, LOGO_COLUMN);
            table.addCell(text);
            Image copy = Image.getInstance(logo);
            copy.scaleToFit(writer.width() * LOGO_COLUMN, style.logoMaxHeight());
            PdfPCell cell = new PdfPCell(copy, false);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0f);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        } else {
            table = Blocks.box(text);
        }
        writer.add(table);
        writer.add(Blocks.rule(0.6f, style.ruleColor(), 8f, 20f));
    }

    private void closing(PdfPCell content, PdfContentWriter writer) {
        PdfPTable group = Blocks.box(content);
        // One row that moves to the next page whole when it does not fit: the close, the
        // signature and the name are never parted.
        group.setKeepTogether(true);
        group.setSplitLate(true);
        group.setSpacingBefore(style.section(Section.BODY).spaceAfter());
        group.setSpacingAfter(style.section(Section.BODY).spaceAfter());
        writer.addWithPrevious(group);
    }

    /** The space to sign in: the signature image, or room to sign by hand. */
    private Element signatureBlock() {
        if (signature == null) {
            return space(style.signatureSpace());
        }
        Image copy = Image.getInstance(signature);
        copy.scaleToFit(SIGNATURE_MAX_WIDTH, style.signatureMaxHeight());
        PdfPCell cell = new PdfPCell(copy, false);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0f);
        cell.setPaddingTop(4f);
        cell.setPaddingBottom(4f);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return Blocks.box(cell);
    }

    private static PdfPTable space(float height) {
        PdfPCell cell = Blocks.plainCell();
        cell.setFixedHeight(height);
        return Blocks.box(cell);
    }

    /** The closing's cell, which puts the signature after its first block (the close). */
    private final class ClosingSink implements BlockSink {
        private final BlockSink cell;
        private int blocks;

        ClosingSink(PdfPCell cell, float width) {
            this.cell = BlockSink.of(cell, width);
        }

        @Override
        public void add(Element element) {
            if (blocks == 1) {
                cell.add(signatureBlock());
            }
            cell.add(element);
            blocks++;
        }

        @Override
        public float width() {
            return cell.width();
        }

        @Override
        public boolean isEmpty() {
            return cell.isEmpty();
        }
    }
}
