package org.advocate.output.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Small OpenPDF building blocks: borderless cells, tables of fixed column widths, rules. Rules are
 * cell borders rather than separator chunks, which would pull OpenPDF's unembedded default font
 * into the document.
 */
final class Blocks {
    private Blocks() {}

    /** A cell with no border and no padding, in composite mode once content is added. */
    static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    /** A full-width table with columns in the given proportions. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths.length);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalArgumentException("bad column widths", e);
        }
        table.setWidthPercentage(100f);
        // completeRow() fills a short last row with copies of the default cell: keep them blank.
        table.getDefaultCell().setBorder(PdfPCell.NO_BORDER);
        return table;
    }

    /** A one-cell table holding a cell, e.g. a kept-together group or a shaded box. */
    static PdfPTable box(PdfPCell cell) {
        PdfPTable table = table(1f);
        table.addCell(cell);
        return table;
    }

    /** A horizontal rule of the full width, with space above and below. */
    static PdfPTable rule(float thickness, Color color, float above, float below) {
        PdfPCell cell = plainCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(thickness);
        cell.setBorderColorBottom(color);
        cell.setFixedHeight(0.01f);
        PdfPTable table = box(cell);
        table.setSpacingBefore(above);
        table.setSpacingAfter(below);
        return table;
    }

    /**
     * A sink that keeps its blocks in groups, one per paragraph or other block, for a layout that
     * places them itself (the closing, the signers), and the natural width of the widest line.
     */
    static final class Groups implements BlockSink {
        private final float width;
        private final List<List<Element>> groups = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private float widest;

        Groups(float width) {
            this.width = width;
        }

        @Override
        public void add(Element element) {
            groups.add(List.of(element));
        }

        @Override
        public void add(SetParagraph paragraph) {
            groups.add(paragraph.elements());
            for (Line line : paragraph.lines()) {
                widest = Math.max(widest, line.width());
                lines.add(line.text().strip());
            }
        }

        @Override
        public float width() {
            return width;
        }

        @Override
        public boolean isEmpty() {
            return groups.isEmpty();
        }

        /** The groups, in order. */
        List<List<Element>> groups() {
            return List.copyOf(groups);
        }

        /** The text of every line of the paragraphs added, in order. */
        List<String> lines() {
            return List.copyOf(lines);
        }

        /** The natural width of the widest line of the paragraphs added, in points. */
        float widest() {
            return widest;
        }
    }
}
