package org.advocate.output.pdf;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The node renderers of CommonMark's core nodes: one short visit per node type. Lists are laid out
 * by {@link ListLayout}; sections change on markers at the top level.
 */
public class CorePdfNodeRenderer extends AbstractVisitor implements NodeRenderer {
    private static final float QUOTE_INDENT = 12f;

    protected final PdfNodeRendererContext context;
    private final PdfContentWriter writer;
    private final ListLayout lists;

    public CorePdfNodeRenderer(PdfNodeRendererContext context) {
        this.context = context;
        this.writer = context.getWriter();
        this.lists = new ListLayout(context);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(
                Document.class,
                Heading.class,
                Paragraph.class,
                BlockQuote.class,
                BulletList.class,
                OrderedList.class,
                ListItem.class,
                FencedCodeBlock.class,
                IndentedCodeBlock.class,
                HtmlBlock.class,
                ThematicBreak.class,
                LinkReferenceDefinition.class,
                Text.class,
                Code.class,
                Emphasis.class,
                StrongEmphasis.class,
                Link.class,
                Image.class,
                HtmlInline.class,
                SoftLineBreak.class,
                HardLineBreak.class);
    }

    @Override
    public void render(Node node) {
        node.accept(this);
    }

    @Override
    public void visit(Document document) {
        context.renderChildren(document);
    }

    @Override
    public void visit(Heading heading) {
        TextStyle s = writer.sectionStyle();
        writer.beginParagraph(
                s.withFamily(Face.Family.SANS)
                        .withSize(writer.letterStyle().headingSize(heading.getLevel()))
                        .withAlignment(Element.ALIGN_LEFT)
                        .withLeading(1.2f)
                        .withSpacing(s.size() * 0.8f, s.size() * 0.35f));
        writer.keepWithNext();
        writer.beginStrong();
        context.renderChildren(heading);
        writer.endStrong();
        writer.endParagraph();
    }

    @Override
    public void visit(Paragraph paragraph) {
        TextStyle s = writer.sectionStyle();
        if (ListLayout.isInTightList(paragraph)) {
            s = s.withSpacing(0f, Math.min(s.spaceAfter(), 1.5f));
        }
        writer.beginParagraph(s);
        if (isRunInHeading(paragraph)) {
            writer.keepWithNext();
        }
        context.renderChildren(paragraph);
        writer.endParagraph();
    }

    /**
     * A paragraph all in bold ("**Sources**") reads as a heading, and is kept with what follows.
     */
    private static boolean isRunInHeading(Paragraph paragraph) {
        Node only = paragraph.getFirstChild();
        return only instanceof StrongEmphasis && only.getNext() == null;
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        float indent = Math.min(QUOTE_INDENT, writer.width() / 8f);
        PdfPCell cell = Blocks.plainCell();
        cell.setBorder(PdfPCell.LEFT);
        cell.setBorderWidthLeft(1.5f);
        cell.setBorderColorLeft(writer.letterStyle().ruleColor());
        cell.setPaddingLeft(indent - 1.5f);
        writer.pushCell(cell, writer.width() - indent);
        context.renderChildren(blockQuote);
        writer.popCell();
        PdfPTable box = Blocks.box(cell);
        box.setSpacingAfter(writer.sectionStyle().spaceAfter());
        writer.add(box);
    }

    @Override
    public void visit(BulletList bulletList) {
        lists.render(bulletList);
    }

    @Override
    public void visit(OrderedList orderedList) {
        lists.render(orderedList);
    }

    @Override
    public void visit(ListItem listItem) {
        lists.renderItem(listItem);
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        writer.codeBlock(codeBlock.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        writer.codeBlock(codeBlock.getLiteral());
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        var marker = Section.fromMarker(htmlBlock.getLiteral());
        if (marker.isPresent()) {
            // A layout directive, never printed; only top-level markers can move the layout on.
            if (htmlBlock.getParent() instanceof Document) {
                writer.startSection(marker.get());
            }
            return;
        }
        literalBlock(htmlBlock.getLiteral());
    }

    /** Text printed as it stands, line by line (raw HTML, which is never interpreted). */
    private void literalBlock(String literal) {
        writer.beginParagraph(writer.sectionStyle().withAlignment(Element.ALIGN_LEFT));
        String[] lines = literal.strip().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                writer.lineBreak();
            }
            writer.text(lines[i]);
        }
        writer.endParagraph();
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        writer.rule();
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // Definitions only feed links; they print nothing.
    }

    @Override
    public void visit(Text text) {
        writer.text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        writer.beginCode();
        writer.text(code.getLiteral());
        writer.endCode();
    }

    @Override
    public void visit(Emphasis emphasis) {
        writer.beginEmphasis();
        context.renderChildren(emphasis);
        writer.endEmphasis();
    }

    @Override
    public void visit(StrongEmphasis strongEmphasis) {
        writer.beginStrong();
        context.renderChildren(strongEmphasis);
        writer.endStrong();
    }

    @Override
    public void visit(Link link) {
        boolean live = context.isLiveLink(link.getDestination());
        if (live) {
            writer.beginLink(link.getDestination());
        }
        context.renderChildren(link);
        if (live) {
            writer.endLink();
        }
    }

    @Override
    public void visit(Image image) {
        // Never loaded: a letter prints nothing it did not bring itself. The alt text stands in.
        context.renderChildren(image);
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // A proof marks merged values <mark>...</mark>: the PDF highlights them instead.
        switch (htmlInline.getLiteral().toLowerCase(java.util.Locale.ROOT)) {
            case ProofStyle.OPEN -> writer.mark(true);
            case ProofStyle.CLOSE -> writer.mark(false);
            default -> writer.text(htmlInline.getLiteral());
        }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        writer.text(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        writer.lineBreak();
    }

    @Override
    protected void visitChildren(Node parent) {
        context.renderChildren(parent);
    }
}
