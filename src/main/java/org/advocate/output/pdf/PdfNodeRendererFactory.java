package org.advocate.output.pdf;

import org.commonmark.renderer.NodeRenderer;

/** Creates the node renderers of one document; register one with {@link PdfRenderer.Builder}. */
@FunctionalInterface
public interface PdfNodeRendererFactory {
    /** Creates a node renderer for one document. It may keep per-document state. */
    NodeRenderer create(PdfNodeRendererContext context);
}
