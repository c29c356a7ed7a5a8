package org.advocate.output.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Where finished blocks go: the page flow, or a table cell that a container (list item, block
 * quote, the closing) wraps around its content. Knows its width, so nested tables can be sized.
 */
interface BlockSink {
    /** Adds a block. */
    void add(Element element);

    /** The width available to blocks, in points. */
    float width();

    /** Whether nothing has been added yet. */
    boolean isEmpty();

    /** Adds a paragraph whose lines are set, line by line. */
    default void add(SetParagraph paragraph) {
        for (Element line : paragraph.elements()) {
            add(line);
        }
    }

    /**
     * Adds a block that must share its page with the end of what came before it (the closing after
     * the last lines of the body).
     */
    default void addWithPrevious(Element element) {
        add(element);
    }

    /** Places anything still held back; called once, when the document's content is done. */
    default void finish() {}

    /** The page flow of a document. */
    static BlockSink of(Document document) {
        return new BlockSink() {
            private boolean empty = true;

            @Override
            public void add(Element element) {
                try {
                    document.add(element);
                    empty = false;
                } catch (DocumentException e) {
                    throw new IllegalStateException("cannot lay out " + element, e);
                }
            }

            @Override
            public float width() {
                return document.right() - document.left();
            }

            @Override
            public boolean isEmpty() {
                return empty;
            }
        };
    }

    /** A table cell in composite mode, whose content is {@code width} wide. */
    static BlockSink of(PdfPCell cell, float width) {
        return new BlockSink() {
            private boolean empty = true;

            @Override
            public void add(Element element) {
                cell.addElement(element);
                empty = false;
            }

            @Override
            public float width() {
                return width;
            }

            @Override
            public boolean isEmpty() {
                return empty;
            }
        };
    }
}
