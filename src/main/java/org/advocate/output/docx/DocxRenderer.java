package org.advocate.output.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes a letter's Markdown as a DOCX file through Apache POI's XWPF: named styles ({@link
 * DocxStyles}), the PDF's page size and margins, "Page X of Y" in the footer as PAGE and NUMPAGES
 * fields, the document's properties from the letter, and reproducible bytes ({@link Zips}).
 * Thread-safe; POI is loaded only when the first DOCX is written.
 */
public final class DocxRenderer {
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "fa", "ur", "yi", "ps");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(page|pages)}");

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /**
     * Renders the DOCX.
     *
     * @param comment the ZIP file comment, e.g. a mark to fill in afterwards
     */
    public byte[] render(String markdown, DocxSpec spec, String comment) throws IOException {
        boolean rtl = RTL_LANGUAGES.contains(spec.locale().getLanguage());
        try (XWPFDocument document = new XWPFDocument()) {
            document.createStyles().setStyles(DocxStyles.build(spec, rtl));
            footer(document, spec.pageLabel());
            page(document, spec, rtl);
            try {
                new LetterBody(document, spec).write(parser.parse(markdown));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            properties(document.getProperties(), spec);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.write(out);
            return Zips.reproducible(out.toByteArray(), spec.date(), comment);
        }
    }

    private static void page(XWPFDocument document, DocxSpec spec, boolean rtl) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxStyles.twips(spec.pageWidth())));
        size.setH(BigInteger.valueOf(DocxStyles.twips(spec.pageHeight())));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxStyles.twips(spec.topMargin())));
        margins.setBottom(BigInteger.valueOf(DocxStyles.twips(spec.bottomMargin())));
        margins.setLeft(BigInteger.valueOf(DocxStyles.twips(spec.sideMargin())));
        margins.setRight(BigInteger.valueOf(DocxStyles.twips(spec.sideMargin())));
        margins.setHeader(BigInteger.valueOf(DocxStyles.twips(spec.topMargin() / 2)));
        margins.setFooter(BigInteger.valueOf(DocxStyles.twips(spec.bottomMargin() / 2)));
        margins.setGutter(BigInteger.ZERO);
        if (rtl) {
            section.addNewBidi();
        }
    }

    /** The footer: the letter's words for "Page {page} of {pages}" around two fields. */
    private static void footer(XWPFDocument document, String label) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p =
                footer.getParagraphs().isEmpty()
                        ? footer.createParagraph()
                        : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER);
        Matcher m = PLACEHOLDER.matcher(label);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.createRun().setText(label.substring(at, m.start()));
            }
            field(p, m.group(1).equals("page") ? "PAGE" : "NUMPAGES");
            at = m.end();
        }
        if (at < label.length()) {
            p.createRun().setText(label.substring(at));
        }
    }

    /** A field written by the writer itself, never from the letter's text. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var code = p.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        code.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void properties(POIXMLProperties properties, DocxSpec spec) {
        Date date = Date.from(spec.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(spec.title());
        core.setCreator(spec.author());
        core.setLastModifiedByUser(spec.author());
        core.setSubjectProperty(spec.subject());
        core.setKeywords(String.join(", ", spec.keywords()));
        var app = properties.getExtendedProperties().getUnderlyingProperties();
        app.setApplication(spec.producer());
    }
}
