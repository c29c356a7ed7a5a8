package org.advocate.output.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.advocate.output.pdf.LinkPolicy;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders links and images safely: a link is an {@code <a>} only when its address may be live
 * (http, https, mailto), else its text alone; an image is never an {@code <img>} (a page must not
 * load anything from elsewhere), only its description, as text.
 */
final class SafeNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Image.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Link link && LinkPolicy.isLive(link.getDestination())) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(link.getDestination()));
            if (link.getTitle() != null) {
                attributes.put("title", link.getTitle());
            }
            attributes.put("rel", "noopener noreferrer");
            html.tag("a", context.extendAttributes(node, "a", attributes));
            children(node);
            html.tag("/a");
        } else {
            children(node);
        }
    }

    private void children(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
