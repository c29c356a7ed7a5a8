package org.advocate.output.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.advocate.model.SectionMarkers;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Writes the blocks of a letter's Markdown into a Word document: each section marker sets the
 * paragraph style of what follows (a section this class does not know keeps Normal), and
 * commonmark's nodes become Word paragraphs, numbered lists, tables and styled runs. Text only ever
 * goes into text runs, so nothing in the letter can become a field, a macro or a relationship; a
 * link is live only for http, https and mailto. Markdown images are never loaded: their description
 * is printed instead. One instance per document.
 */
final class LetterBody {
    private static final Map<String, String> SECTION_STYLES =
            Map.of(
                    "letterhead", DocxStyles.LETTERHEAD,
                    "date", DocxStyles.DATE,
                    "recipient", DocxStyles.RECIPIENT,
                    "subject", DocxStyles.SUBJECT,
                    "closing", DocxStyles.CLOSING,
                    "signatories", DocxStyles.SIGNATORIES,
                    "sources", DocxStyles.SOURCES);

    /** The space the logo may take, as in the PDF: a column of the text's width, 54 pt high. */
    private static final float LOGO_MAX_HEIGHT = 54f;

    private static final float SIGNATURE_MAX_WIDTH = 144f;
    private static final float SIGNATURE_MAX_HEIGHT = 48f;

    private final XWPFDocument document;
    private final DocxSpec spec;
    private final Numbering numbering;
    private final Deque<BigInteger> lists = new ArrayDeque<>();
    private String section = "body";
    private int quotes;
    private boolean signed;
    private boolean firstInItem;

    LetterBody(XWPFDocument document, DocxSpec spec) {
        this.document = document;
        this.spec = spec;
        this.numbering = new Numbering(document);
    }

    /** Writes every block of the document. */
    void write(Node markdownDocument) {
        for (Node n = markdownDocument.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    private void block(Node node) {
        if (node instanceof HtmlBlock html) {
            var marker = SectionMarkers.nameOf(html.getLiteral());
            if (marker.isPresent()) {
                enter(marker.get());
                return;
            }
        }
        switch (node) {
            case Paragraph p -> {
                XWPFParagraph paragraph = paragraph(style());
                Inlines.inlines(p, paragraph, Inlines.Format.PLAIN);
                afterParagraph();
            }
            case Heading h ->
                    Inlines.inlines(
                            h, paragraph(DocxStyles.heading(h.getLevel())), Inlines.Format.PLAIN);
            case BlockQuote q -> {
                quotes++;
                children(q);
                quotes--;
            }
            case BulletList list -> list(list, numbering.bulletList());
            case OrderedList list -> {
                Integer start = list.getMarkerStartNumber();
                String delimiter = list.getMarkerDelimiter();
                list(
                        list,
                        numbering.orderedList(
                                start == null ? 1 : start, delimiter == null ? "." : delimiter));
            }
            case ListItem item -> {
                firstInItem = true;
                children(item);
                firstInItem = false;
            }
            case FencedCodeBlock code -> code(code.getLiteral());
            case IndentedCodeBlock code -> code(code.getLiteral());
            case HtmlBlock html ->
                    Inlines.lines(paragraph(style()), html.getLiteral(), Inlines.Format.PLAIN);
            case ThematicBreak rule -> {
                var border = paragraph(null).getCTP().getPPr().addNewPBdr().addNewBottom();
                border.setVal(STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(4));
                border.setColor("9A9A9A");
            }
            case TableBlock table -> table(table);
            default -> children(node);
        }
    }

    private void enter(String name) {
        section = name;
        if (name.equals("letterhead") && spec.logo() != null) {
            XWPFParagraph p = paragraph(DocxStyles.LETTERHEAD);
            p.setAlignment(ParagraphAlignment.RIGHT);
            picture(p, spec.logo(), "logo", textWidth() * 0.3f, LOGO_MAX_HEIGHT);
        }
    }

    /** In the closing, the signature goes between the complimentary close and the name. */
    private void afterParagraph() {
        if (section.equals("closing") && !signed && spec.signature() != null && lists.isEmpty()) {
            signed = true;
            picture(
                    paragraph(DocxStyles.CLOSING),
                    spec.signature(),
                    "signature",
                    SIGNATURE_MAX_WIDTH,
                    SIGNATURE_MAX_HEIGHT);
        }
    }

    private void picture(
            XWPFParagraph paragraph,
            DocxSpec.Picture picture,
            String name,
            float maxWidth,
            float maxHeight) {
        try {
            Pictures.add(paragraph.createRun(), picture, name, maxWidth, maxHeight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float textWidth() {
        return spec.pageWidth() - 2 * spec.sideMargin();
    }

    private void list(Node list, BigInteger numId) {
        lists.push(numId);
        children(list);
        lists.pop();
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    /** The paragraph style here: a quote's, else the section's, else a list's, else Normal. */
    private String style() {
        if (quotes > 0) {
            return DocxStyles.QUOTE;
        }
        String bySection = SECTION_STYLES.get(section);
        if (bySection != null) {
            return bySection;
        }
        return lists.isEmpty() ? null : DocxStyles.LIST;
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (!lists.isEmpty()) {
            int level = Math.min(lists.size() - 1, 8);
            if (firstInItem) {
                p.setNumID(lists.peek());
                p.setNumILvl(BigInteger.valueOf(level));
                firstInItem = false;
            } else {
                p.setIndentationLeft(360 * (level + 1));
            }
        }
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        return p;
    }

    private void code(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        Inlines.lines(paragraph(DocxStyles.CODE_BLOCK), text, Inlines.Format.PLAIN);
    }

    private void table(TableBlock table) {
        XWPFTable t = document.createTable();
        boolean first = true;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            boolean head = part instanceof TableHead;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                XWPFTableRow tableRow = first ? t.getRow(0) : t.createRow();
                int column = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell)) {
                        continue;
                    }
                    XWPFTableCell tableCell = tableRow.getCell(column);
                    if (tableCell == null) {
                        tableCell = tableRow.addNewTableCell();
                    }
                    Inlines.inlines(
                            cell,
                            tableCell.getParagraphs().get(0),
                            head ? Inlines.Format.PLAIN.withStrong() : Inlines.Format.PLAIN);
                    column++;
                }
                first = false;
            }
        }
        // A paragraph after every table: Word merges two tables that touch.
        paragraph(null);
    }
}
