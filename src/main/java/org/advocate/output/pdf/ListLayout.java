package org.advocate.output.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Lays lists out as two-column tables (marker, content), so that an item can hold any blocks,
 * nested lists included, and its text hangs clear of the marker. A long bullet list of signatories
 * is set compactly instead, in a grid of two or three columns without markers.
 */
final class ListLayout {
    private static final String[] BULLETS = {"•", "–", "◦", "–"};
    private static final float MIN_MARKER_COLUMN = 18f;
    private static final float MARKER_GAP = 6f;
    private static final float GRID_GUTTER = 8f;
    private static final float GRID_ROW_GAP = 3f;
    private static final int GRID_MIN_ITEMS = 7;
    private static final int GRID_THREE_COLUMNS = 24;

    private final PdfNodeRendererContext context;
    private final PdfContentWriter writer;
    private final Deque<Frame> frames = new ArrayDeque<>();

    /** The list being laid out: its table, markers and column widths. */
    private record Frame(
            PdfPTable table,
            boolean grid,
            IntFunction<String> marker,
            float markerWidth,
            float contentWidth,
            int[] next) {}

    ListLayout(PdfNodeRendererContext context) {
        this.context = context;
        this.writer = context.getWriter();
    }

    /** Whether a paragraph is an item of a tight list, which takes no space between items. */
    static boolean isInTightList(Node paragraph) {
        return paragraph.getParent() instanceof ListItem item
                && item.getParent() instanceof ListBlock list
                && list.isTight();
    }

    void render(ListBlock list) {
        int count = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            count++;
        }
        float width = writer.width();
        Frame frame;
        if (list instanceof BulletList
                && writer.section() == Section.SIGNATORIES
                && count >= GRID_MIN_ITEMS) {
            int columns = count >= GRID_THREE_COLUMNS ? 3 : 2;
            float[] widths = new float[columns];
            java.util.Arrays.fill(widths, 1f);
            PdfPTable grid = Blocks.table(widths);
            continued(grid, columns);
            frame = new Frame(grid, true, i -> "", 0f, width / columns - GRID_GUTTER, new int[1]);
        } else {
            IntFunction<String> marker = markers(list);
            String widest = marker.apply(Math.max(0, count - 1));
            Font font = writer.currentFont();
            float markerWidth = font.getBaseFont().getWidthPoint(widest, font.getSize());
            // A point to spare: a marker exactly as wide as its cell would wrap.
            float column = Math.max(MIN_MARKER_COLUMN, markerWidth + MARKER_GAP + 1f);
            // Deeply nested lists must still leave their text some room.
            column = Math.min(column, width * 0.4f);
            frame =
                    new Frame(
                            Blocks.table(column, width - column),
                            false,
                            marker,
                            column,
                            width - column,
                            new int[1]);
        }
        boolean nested = list.getParent() instanceof ListItem;
        frame.table().setSpacingAfter(nested ? 0f : writer.sectionStyle().spaceAfter());
        frames.push(frame);
        context.renderChildren(list);
        frames.pop();
        frame.table().completeRow();
        writer.add(frame.table());
    }

    /**
     * Heads the part of a grid carried over to a new page with "(continued)": a header row that
     * OpenPDF repeats on every page the table reaches, skipped on the first.
     */
    private void continued(PdfPTable grid, int columns) {
        String label = writer.continuedLabel();
        Font font = writer.currentFont();
        Font plain = new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, font.getColor());
        FontSet.check(plain.getBaseFont(), label);
        PdfPCell head = Blocks.plainCell();
        head.setColspan(columns);
        head.setPaddingBottom(GRID_ROW_GAP);
        head.setPhrase(new Phrase(label, plain));
        grid.addCell(head);
        grid.setHeaderRows(1);
        grid.setSkipFirstHeader(true);
    }

    void renderItem(ListItem item) {
        Frame frame = frames.peek();
        if (frame == null) {
            context.renderChildren(item);
            return;
        }
        int index = frame.next()[0]++;
        if (!frame.grid()) {
            PdfPCell marker = Blocks.plainCell();
            marker.setPaddingRight(MARKER_GAP);
            writer.pushCell(marker, frame.markerWidth() - MARKER_GAP);
            writer.beginParagraph(
                    writer.sectionStyle().withAlignment(Element.ALIGN_RIGHT).withSpacing(0f, 0f));
            writer.text(frame.marker().apply(index));
            writer.endParagraph();
            writer.popCell();
            frame.table().addCell(marker);
        }
        PdfPCell content = Blocks.plainCell();
        if (frame.grid()) {
            content.setPaddingRight(GRID_GUTTER);
            content.setPaddingBottom(GRID_ROW_GAP);
        }
        writer.pushCell(content, frame.contentWidth());
        context.renderChildren(item);
        writer.popCell();
        frame.table().addCell(content);
    }

    private static IntFunction<String> markers(ListBlock list) {
        if (list instanceof OrderedList ordered) {
            Integer start = ordered.getMarkerStartNumber();
            int first = start == null ? 1 : start;
            String delimiter =
                    ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
            return i -> (first + (long) i) + delimiter;
        }
        int depth = 0;
        for (Node n = list.getParent(); n != null; n = n.getParent()) {
            if (n instanceof BulletList) {
                depth++;
            }
        }
        String bullet = BULLETS[depth % BULLETS.length];
        return i -> bullet;
    }
}
