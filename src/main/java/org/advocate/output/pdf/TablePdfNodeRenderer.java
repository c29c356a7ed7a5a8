package org.advocate.output.pdf;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * GFM tables as OpenPDF tables: header rows repeat on each page, column widths follow the length of
 * their content, and cells keep their column's alignment.
 */
public final class TablePdfNodeRenderer implements NodeRenderer {
    private static final float PADDING = 3f;
    private static final float TEXT_SCALE = 0.92f;
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private final PdfNodeRendererContext context;
    private final PdfContentWriter writer;
    private final Deque<Table> tables = new ArrayDeque<>();

    private record Table(PdfPTable pdf, float[] widths, int[] column) {}

    public TablePdfNodeRenderer(PdfNodeRendererContext context) {
        this.context = context;
        this.writer = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(
                TableBlock.class,
                TableHead.class,
                TableBody.class,
                TableRow.class,
                TableCell.class);
    }

    @Override
    public void render(Node node) {
        switch (node) {
            case TableBlock block -> table(block);
            case TableRow row -> row(row);
            case TableCell cell -> cell(cell);
            default -> context.renderChildren(node); // head and body
        }
    }

    private void table(TableBlock block) {
        float[] weights = columnWeights(block);
        float total = 0f;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = writer.width() * weights[i] / total;
        }
        PdfPTable pdf = Blocks.table(weights);
        // A table of headers alone repeats nothing, and OpenPDF would print no row of it at all.
        if (block.getFirstChild() instanceof TableHead head && head.getNext() != null) {
            int headerRows = 0;
            for (Node n = head.getFirstChild(); n != null; n = n.getNext()) {
                headerRows++;
            }
            pdf.setHeaderRows(headerRows);
        }
        pdf.setSpacingBefore(2f);
        pdf.setSpacingAfter(writer.sectionStyle().spaceAfter() + 2f);
        tables.push(new Table(pdf, widths, new int[1]));
        context.renderChildren(block);
        tables.pop();
        pdf.completeRow();
        writer.add(pdf);
    }

    private void row(TableRow row) {
        tables.peek().column()[0] = 0;
        context.renderChildren(row);
    }

    private void cell(TableCell cell) {
        Table table = tables.peek();
        int column = Math.min(table.column()[0]++, table.widths().length - 1);
        PdfPCell pdf = Blocks.plainCell();
        pdf.setPadding(PADDING);
        pdf.setBorder(Rectangle.BOTTOM);
        pdf.setBorderWidthBottom(cell.isHeader() ? 0.8f : 0.3f);
        pdf.setBorderColorBottom(writer.letterStyle().ruleColor());
        TextStyle s = writer.sectionStyle();
        writer.pushCell(pdf, table.widths()[column] - 2 * PADDING);
        writer.beginParagraph(
                s.withSize(s.size() * TEXT_SCALE)
                        .withLeading(1.2f)
                        .withSpacing(0f, 0f)
                        .withAlignment(alignment(cell.getAlignment())));
        if (cell.isHeader()) {
            writer.beginStrong();
        }
        context.renderChildren(cell);
        if (cell.isHeader()) {
            writer.endStrong();
        }
        writer.endParagraph();
        writer.popCell();
        table.pdf().addCell(pdf);
    }

    private static int alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Element.ALIGN_LEFT;
        }
        return switch (alignment) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    /** Column weights from the longest text in each column, kept within 1:6 of each other. */
    private static float[] columnWeights(TableBlock block) {
        int columns = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int n = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    n++;
                }
                columns = Math.max(columns, n);
            }
        }
        float[] weights = new float[Math.max(columns, 1)];
        Arrays.fill(weights, 4f);
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int i = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), i++) {
                    int length = PLAIN.render(cell).length();
                    weights[i] = Math.max(weights[i], Math.min(length, 24));
                }
            }
        }
        return weights;
    }
}
