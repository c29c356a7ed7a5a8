package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * What sections do beyond their type: the letterhead is set beside the logo and ruled off; the
 * closing, with the signature image between the complimentary close and the name, is kept on one
 * page; a letter's several signers are set side by side (two a row) or stacked, each with room to
 * sign above the name, and kept with the closing; the enclosures and copies after them stay on
 * their page. Sections without such work pass their blocks straight to the page.
 */
final class LetterLayout {
    private static final float LOGO_COLUMN = 0.32f;
    private static final float SIGNATURE_MAX_WIDTH = 180f;
    private static final float SIGNER_GUTTER = 18f;
    private static final float SIGNER_ROW_GAP = 10f;

    private final LetterStyle style;
    private final Image logo;
    private final Image signature;
    private final List<Image> signerSignatures;
    private final Boolean signersSideBySide;
    private final WindowPlacement window;
    private PdfPCell held;
    private List<List<Element>> heldDate;
    private Blocks.Groups groups;
    private List<List<Element>> closing;
    private PdfPCell signed;

    /**
     * @param style the letter's style
     * @param logo the decoded logo, shared between documents and never changed here; or null
     * @param signature the decoded signature image, likewise; or null
     * @param signerSignatures the signers' signature images, in signer order, null where a signer
     *     has none (room is left to sign by hand)
     * @param signersSideBySide true to set signers two a row, false to stack them, null to set them
     *     side by side when every line of each fits half the width
     * @param window where the recipient's address goes in a window envelope, or null to set it in
     *     the flow of the letter
     */
    LetterLayout(
            LetterStyle style,
            Image logo,
            Image signature,
            List<Image> signerSignatures,
            Boolean signersSideBySide,
            WindowPlacement window) {
        this.window = window;
        this.style = style;
        this.logo = logo;
        this.signature = signature;
        this.signerSignatures = new ArrayList<>(signerSignatures);
        this.signersSideBySide = signersSideBySide;
    }

    void enter(Section section, PdfContentWriter writer) {
        if (heldDate != null && section != Section.RECIPIENT) {
            placeDate(writer);
        }
        if (window != null && (section == Section.DATE || section == Section.RECIPIENT)) {
            // In a window envelope the address is set in the window and the date below it.
            groups =
                    new Blocks.Groups(
                            section == Section.DATE ? writer.width() : window.textWidth());
            writer.pushSink(groups);
            return;
        }
        switch (section) {
            case LETTERHEAD -> {
                held = Blocks.plainCell();
                float width = writer.width() * (logo != null ? 1f - LOGO_COLUMN : 1f);
                writer.pushSink(BlockSink.of(held, width));
            }
            case CLOSING, SIGNERS, ENCLOSURES, CC -> {
                if ((section == Section.ENCLOSURES || section == Section.CC) && signed == null) {
                    held = null;
                    return;
                }
                groups = new Blocks.Groups(writer.width());
                writer.pushSink(groups);
            }
            default -> held = null;
        }
    }

    /**
     * Finishes a section.
     *
     * @param next the section that follows, or null at the end of the letter
     */
    void leave(Section section, Section next, PdfContentWriter writer) {
        if (window != null && (section == Section.DATE || section == Section.RECIPIENT)) {
            Blocks.Groups done = groups;
            groups = null;
            writer.popSink();
            if (section == Section.DATE) {
                heldDate = done.groups();
            } else {
                if (!done.lines().isEmpty()) {
                    writer.add(Blocks.box(window.place(done.lines())));
                }
                if (heldDate != null) {
                    placeDate(writer);
                }
            }
            return;
        }
        if (heldDate != null) {
            placeDate(writer);
        }
        if (section == Section.LETTERHEAD && held != null) {
            PdfPCell content = held;
            held = null;
            writer.popSink();
            letterhead(content, writer);
        } else if (groups != null) {
            Blocks.Groups done = groups;
            groups = null;
            writer.popSink();
            if (section == Section.CLOSING && next == Section.SIGNERS) {
                closing = done.groups(); // set with the signers, which sign in its place
            } else if (section == Section.CLOSING) {
                signed = closing(done.groups());
            } else if (section == Section.SIGNERS) {
                signed = signers(done, writer);
            } else {
                done.groups().forEach(block -> block.forEach(signed::addElement));
            }
            if (signed != null && next != Section.ENCLOSURES && next != Section.CC) {
                // The enclosures and copies stay on the page of the signature they follow.
                keptWithBody(signed, writer);
                signed = null;
            }
        }
    }

    private void placeDate(PdfContentWriter writer) {
        List<List<Element>> date = heldDate;
        heldDate = null;
        for (List<Element> block : date) {
            block.forEach(writer::add);
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
        // Above a window, the address field starts the space below the rule.
        writer.add(Blocks.rule(0.6f, style.ruleColor(), 8f, window != null ? 2f : 20f));
    }

    /** The close, the signature (after the close) and the name, kept together. */
    private PdfPCell closing(List<List<Element>> blocks) {
        PdfPCell content = Blocks.plainCell();
        for (int i = 0; i < blocks.size(); i++) {
            if (i == 1) {
                content.addElement(signatureBlock(signature, SIGNATURE_MAX_WIDTH));
            }
            blocks.get(i).forEach(content::addElement);
        }
        return content;
    }

    /**
     * The signers, each under room to sign (or its signature image): two a row when they are set
     * side by side, else one a row; with the closing before them, all kept together.
     */
    private PdfPCell signers(Blocks.Groups signers, PdfContentWriter writer) {
        List<List<Element>> blocks = signers.groups();
        float width = writer.width();
        float half = (width - SIGNER_GUTTER) / 2f;
        boolean side =
                blocks.size() > 1
                        && (signersSideBySide != null
                                ? signersSideBySide
                                : signers.widest() <= half);
        int columns = side ? 2 : 1;
        float column = side ? half : width;
        PdfPTable grid = columns == 2 ? Blocks.table(1f, 1f) : Blocks.table(1f);
        for (int i = 0; i < blocks.size(); i++) {
            PdfPCell cell = Blocks.plainCell();
            if (side && i % 2 == 0) {
                cell.setPaddingRight(SIGNER_GUTTER);
            }
            cell.setPaddingBottom(SIGNER_ROW_GAP);
            Image image = i < signerSignatures.size() ? signerSignatures.get(i) : null;
            cell.addElement(signatureBlock(image, Math.min(SIGNATURE_MAX_WIDTH, column)));
            blocks.get(i).forEach(cell::addElement);
            grid.addCell(cell);
        }
        grid.completeRow();
        PdfPCell content = Blocks.plainCell();
        if (closing != null) {
            closing.forEach(block -> block.forEach(content::addElement));
            closing = null;
        }
        content.addElement(grid);
        return content;
    }

    private void keptWithBody(PdfPCell content, PdfContentWriter writer) {
        PdfPTable group = Blocks.box(content);
        // One row that moves to the next page whole when it does not fit: the close, the
        // signatures and the names are never parted.
        group.setKeepTogether(true);
        group.setSplitLate(true);
        group.setSpacingBefore(style.section(Section.BODY).spaceAfter());
        group.setSpacingAfter(style.section(Section.BODY).spaceAfter());
        writer.addWithPrevious(group);
    }

    /** The space to sign in: the signature image, or room to sign by hand. */
    private Element signatureBlock(Image image, float maxWidth) {
        if (image == null) {
            return space(style.signatureSpace());
        }
        Image copy = Image.getInstance(image);
        copy.scaleToFit(maxWidth, style.signatureMaxHeight());
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
}
