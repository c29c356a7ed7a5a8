package org.advocate.output.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a commonmark document to PDF. Immutable and thread-safe: build it once and render any
 * number of documents, concurrently if need be; per-document state lives in a fresh context.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().build();
 * renderer.render(parser.parse(markdown), spec, out);
 * }</pre>
 */
public final class PdfRenderer {
    private final List<PdfNodeRendererFactory> factories;
    private final FontSet fonts;
    private final LetterStyle style;
    private final Hyphenators hyphenators = new Hyphenators();

    private PdfRenderer(Builder builder) {
        List<PdfNodeRendererFactory> all = new ArrayList<>(builder.factories);
        all.add(TablePdfNodeRenderer::new);
        all.add(CorePdfNodeRenderer::new);
        this.factories = List.copyOf(all);
        this.fonts = builder.fonts;
        this.style = builder.style;
    }

    /** Returns a builder with the standard fonts and house style. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a document.
     *
     * @param document the parsed Markdown
     * @param spec page, metadata and images
     * @param out where the PDF goes; it is not closed
     * @throws UnprintableCharacterException when a character of the text has no glyph in any font
     */
    public void render(Node document, DocumentSpec spec, OutputStream out) throws IOException {
        LetterStyle look = style.with(spec.typesetting());
        Paper paper = spec.envelope() != null ? spec.envelope().paper() : spec.paper();
        Rectangle page = paper == Paper.LETTER ? PageSize.LETTER : PageSize.A4;
        float margin = look.margin(paper);
        Document pdf =
                new Document(page, margin, margin, look.topMargin(paper), look.bottomMargin(paper));
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setCloseStream(false);
        // Page text stored: with the fonts shared, deflating it even at the fastest level was
        // 7 to 16% of a letter's CPU time, for 11% of its size (docs/benchmarks.md).
        writer.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
        // Justify by widening word spaces only, as typesetters do, never by letter-spacing.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        boolean rtl = Direction.isRightToLeft(spec.locale());
        FontChain chain = FontChain.of(spec.typesetting().fonts());
        // Text in the fallback fonts is shaped; the text faces print as they always have.
        writer.setGlyphLayoutManager(Shaper.standard().manager(rtl));
        DocumentInfo.beforeOpen(writer, spec);
        // Page events must be in place before the document opens.
        writer.setPageEvent(
                new PageDecorator(
                        fonts,
                        chain,
                        look,
                        spec.runningHeader(),
                        spec.pageLabel(),
                        spec.draftMark()));
        pdf.open();
        DocumentInfo.afterOpen(writer, spec);
        PdfContentWriter content =
                new PdfContentWriter(
                        fonts,
                        chain,
                        rtl,
                        look,
                        new LetterLayout(
                                look,
                                spec.logo(),
                                spec.signature(),
                                spec.signers().signatures(),
                                spec.signers().sideBySide(),
                                spec.envelope() == null
                                        ? null
                                        : new WindowPlacement(
                                                pdf,
                                                writer,
                                                fonts,
                                                look,
                                                spec.envelope(),
                                                spec.returnAddress())),
                        new LineBreaker(hyphenators.forLocale(spec.locale())),
                        spec.typesetting().names(),
                        spec.continuedLabel(),
                        new PageFlow(pdf, writer));
        new Context(content).render(document);
        content.finish();
        if (!content.hasContent()) {
            writer.setPageEmpty(false); // an empty letter is still a one-page PDF
        }
        pdf.close();
    }

    /** Configures a {@link PdfRenderer}. */
    public static final class Builder {
        private final List<PdfNodeRendererFactory> factories = new ArrayList<>();
        private FontSet fonts = FontSet.standard();
        private LetterStyle style = LetterStyle.standard();

        private Builder() {}

        /**
         * Adds a factory of node renderers. For a node type handled by several, the factory added
         * first wins, and every added factory wins over the built-in ones.
         */
        public Builder nodeRendererFactory(PdfNodeRendererFactory factory) {
            factories.add(factory);
            return this;
        }

        /** Sets the style; the default is {@link LetterStyle#standard()}. */
        public Builder style(LetterStyle letterStyle) {
            this.style = letterStyle;
            return this;
        }

        /** Builds the renderer. */
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }

    /** One document's context: its writer and its node renderers by node type. */
    private final class Context implements PdfNodeRendererContext {
        private final PdfContentWriter writer;
        private final Map<Class<? extends Node>, NodeRenderer> renderers = new HashMap<>();

        Context(PdfContentWriter writer) {
            this.writer = writer;
            for (PdfNodeRendererFactory factory : factories) {
                NodeRenderer renderer = factory.create(this);
                for (Class<? extends Node> type : renderer.getNodeTypes()) {
                    renderers.putIfAbsent(type, renderer);
                }
            }
        }

        @Override
        public PdfContentWriter getWriter() {
            return writer;
        }

        @Override
        public void render(Node node) {
            NodeRenderer renderer = renderers.get(node.getClass());
            if (renderer != null) {
                renderer.render(node);
            } else {
                renderChildren(node); // an unknown extension node: its text still prints
            }
        }

        @Override
        public boolean isLiveLink(String destination) {
            return LinkPolicy.isLive(destination);
        }
    }
}
