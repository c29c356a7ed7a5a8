package org.advocate.output.pdf;

import org.commonmark.node.Node;

/** What a node renderer may use while one document is rendered. */
public interface PdfNodeRendererContext {
    /** The writer that builds the document's content. */
    PdfContentWriter getWriter();

    /** Renders a node with whichever node renderer handles its type. */
    void render(Node node);

    /** Renders the children of a node, in order. */
    default void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            render(child);
            child = next;
        }
    }

    /**
     * Whether a link destination may become a live link: only http, https and mailto. The
     * destination is checked as commonmark decoded it, so entity tricks cannot hide a scheme.
     */
    boolean isLiveLink(String destination);
}
