package org.advocate.output.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The page flow of a document, which decides where pages break around set paragraphs: no paragraph
 * leaves a single line at the foot of a page (orphan) or carries a single line to the top of the
 * next (widow), a paragraph marked to keep with the next block (a heading) moves to the next page
 * rather than end one, and a block kept with what precedes it (the closing) takes at least the last
 * two lines of the body with it.
 *
 * <p>Each set paragraph is held back until the next block arrives, since whether it may end a page
 * depends on what follows it.
 */
final class PageFlow implements BlockSink {
    /** The fewest lines of a paragraph on either side of a page break. */
    static final int MIN_LINES = 2;

    private static final float SLACK = 0.5f;

    private final Document document;
    private final PdfWriter writer;
    private SetParagraph pending;
    private boolean empty = true;

    PageFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    @Override
    public void add(Element element) {
        flush(head(element), false);
        place(element);
    }

    @Override
    public void addWithPrevious(Element element) {
        flush(whole(element), true);
        place(element);
    }

    @Override
    public void add(SetParagraph paragraph) {
        flush(
                paragraph.style().spaceBefore()
                        + paragraph.height(0, Math.min(MIN_LINES, paragraph.lines().size())),
                false);
        pending = paragraph;
        empty = false;
    }

    @Override
    public void finish() {
        flush(0f, false);
    }

    @Override
    public float width() {
        return document.right() - document.left();
    }

    @Override
    public boolean isEmpty() {
        return empty;
    }

    /**
     * Places the held paragraph.
     *
     * @param next the height of what must follow it on the same page
     * @param tail whether that height must share a page with the paragraph's last lines (else only
     *     a paragraph kept with the next block cares about it)
     */
    private void flush(float next, boolean tail) {
        SetParagraph p = pending;
        pending = null;
        if (p == null) {
            return;
        }
        int n = p.lines().size();
        if (p.keepWithNext()) {
            float need = p.style().spaceBefore() + p.height(0, n) + next;
            if (need > room(p.lineHeight(0)) && !atTop()) {
                newPage();
            }
            place(p, 0, n);
            return;
        }
        int from = 0;
        while (true) {
            int left = n - from;
            int k = fitting(p, from);
            if (k >= left) {
                float all = (from == 0 ? p.style().spaceBefore() : 0f) + p.height(from, n);
                boolean together = all + p.style().spaceAfter() + next <= room(p.lineHeight(n - 1));
                if (!tail || together || from > 0 || atTop()) {
                    place(p, from, n);
                    return;
                }
                // What follows cannot come onto this page: the last lines go over with it.
                k = left - MIN_LINES;
            } else if (left - k < MIN_LINES) {
                k = left - MIN_LINES;
            }
            if (from == 0 && k < MIN_LINES) {
                k = 0;
            }
            if (k <= 0) {
                if (atTop()) {
                    place(p, from, n); // taller than a page even from its top
                    return;
                }
                newPage();
                continue;
            }
            place(p, from, from + k);
            newPage();
            if (p.continued() != null) {
                place(p.continuation());
            }
            from += k;
        }
    }

    /** How many lines from {@code from} fit in what is left of the page. */
    private int fitting(SetParagraph p, int from) {
        float room = room(p.lineHeight(from));
        float used = from == 0 && !atTop() ? p.style().spaceBefore() : 0f;
        int k = 0;
        for (int i = from; i < p.lines().size(); i++) {
            used += p.lineHeight(i);
            if (used > room) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * The height left for lines on this page. OpenPDF moves a line to the next page unless the
     * leading of one more line would still fit below it, so that much is kept back.
     */
    private float room(float leading) {
        return writer.getVerticalPosition(false) - document.bottom() - SLACK - leading;
    }

    private boolean atTop() {
        return writer.getVerticalPosition(false) >= document.top() - SLACK;
    }

    /** The height of a block's first line or row: what a heading before it needs beside it. */
    private float head(Element element) {
        if (element instanceof PdfPTable table && table.size() > 0) {
            sized(table);
            return table.spacingBefore() + table.getRowHeight(0);
        }
        return 0f;
    }

    private float whole(Element element) {
        if (element instanceof PdfPTable table) {
            sized(table);
            return table.spacingBefore() + table.getTotalHeight();
        }
        return 0f;
    }

    private void sized(PdfPTable table) {
        if (table.getTotalWidth() <= 0f) {
            table.setTotalWidth(width() * table.getWidthPercentage() / 100f);
        }
        table.calculateHeights(true);
    }

    private void place(SetParagraph p, int from, int to) {
        for (Element line : p.elements(from, to)) {
            place(line);
        }
    }

    private void place(Element element) {
        try {
            document.add(element);
            empty = false;
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + element, e);
        }
    }

    private void newPage() {
        document.newPage();
    }
}
