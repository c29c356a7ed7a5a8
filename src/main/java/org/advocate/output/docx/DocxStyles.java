package org.advocate.output.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The named styles of a letter's DOCX, in the PDF's house style, so that a user restyles a part of
 * the letter in one place: the paragraph styles Normal, Heading 1-6, Quote, List Paragraph, Code
 * Block and the letter's parts (Letterhead, Letter Date, Recipient Address, Subject, Closing,
 * Signatories, Sources), and the character styles Strong, Emphasis, Code and Hyperlink.
 */
final class DocxStyles {
    static final String LETTERHEAD = "Letterhead";
    static final String DATE = "LetterDate";
    static final String RECIPIENT = "RecipientAddress";
    static final String SUBJECT = "Subject";
    static final String CLOSING = "Closing";
    static final String SIGNATORIES = "Signatories";
    static final String SOURCES = "Sources";
    static final String QUOTE = "Quote";
    static final String LIST = "ListParagraph";
    static final String CODE_BLOCK = "CodeBlock";
    static final String FOOTER = "Footer";
    static final String STRONG = "Strong";
    static final String EMPHASIS = "Emphasis";
    static final String CODE = "Code";
    static final String HYPERLINK = "Hyperlink";

    private static final float[] HEADING_SIZES = {15f, 13f, 12f, 11f, 11f, 11f};

    private DocxStyles() {}

    /** The style id of a heading level, 1 to 6. */
    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(level, 6));
    }

    /** The styles part's content for a letter. */
    static CTStyles build(DocxSpec spec, boolean rtl) {
        float body = spec.fontSize();
        float scale = body / 11f;
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts(), Fonts.SERIF);
        size(run, body);
        var lang = run.addNewLang();
        lang.setVal(spec.locale().toLanguageTag());
        if (rtl) {
            lang.setBidi(spec.locale().toLanguageTag());
        }
        run.addNewColor().setVal("1A1A1A");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        spacing(paragraph.addNewSpacing(), 0, 6, 1.25f);

        CTStyle normal = style(styles, "Normal", "Normal", STStyleType.PARAGRAPH, null);
        normal.setDefault(Boolean.TRUE);
        CTPPrGeneral normalP = normal.addNewPPr();
        normalP.addNewJc().setVal(spec.justified() ? STJc.BOTH : STJc.LEFT);
        if (rtl) {
            normalP.addNewBidi();
        }

        CTStyle letterhead = paragraphStyle(styles, LETTERHEAD, "Letterhead", 8.5f, 1.3f, 0, 0);
        fonts(letterhead.getRPr().addNewRFonts(), Fonts.SANS);
        letterhead.getRPr().addNewColor().setVal("555555");
        letterhead.getPPr().addNewJc().setVal(STJc.LEFT);
        var border = letterhead.getPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(5));
        border.setSpace(BigInteger.valueOf(8));
        border.setColor("9A9A9A");
        letterhead.getPPr().getSpacing().setAfter(BigInteger.valueOf(0));

        left(paragraphStyle(styles, DATE, "Letter Date", 11f * scale, 1.25f, 0, 14));
        left(paragraphStyle(styles, RECIPIENT, "Recipient Address", 11f * scale, 1.25f, 0, 14));
        left(paragraphStyle(styles, SUBJECT, "Subject", 11f * scale, 1.25f, 0, 12));
        CTStyle closing = paragraphStyle(styles, CLOSING, "Closing", 11f * scale, 1.25f, 0, 0);
        left(closing).addNewKeepNext();
        left(paragraphStyle(styles, SIGNATORIES, "Signatories", 10f * scale, 1.25f, 0, 4));
        left(paragraphStyle(styles, SOURCES, "Sources", 9f * scale, 1.25f, 0, 3));

        for (int level = 1; level <= 6; level++) {
            CTStyle h =
                    paragraphStyle(
                            styles,
                            heading(level),
                            "heading " + level,
                            HEADING_SIZES[level - 1] * scale,
                            1.2f,
                            12,
                            6);
            fonts(h.getRPr().addNewRFonts(), Fonts.SANS);
            h.getRPr().addNewB();
            left(h).addNewKeepNext();
            h.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        CTStyle quote = paragraphStyle(styles, QUOTE, "Quote", 11f * scale, 1.25f, 0, 6);
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(twips(22)));
        var bar = quote.getPPr().addNewPBdr().addNewLeft();
        bar.setVal(STBorder.SINGLE);
        bar.setSz(BigInteger.valueOf(12));
        bar.setSpace(BigInteger.valueOf(8));
        bar.setColor("9A9A9A");
        paragraphStyle(styles, LIST, "List Paragraph", 11f * scale, 1.25f, 0, 3);
        CTStyle code = paragraphStyle(styles, CODE_BLOCK, "Code Block", 9.5f * scale, 1.2f, 0, 6);
        fonts(code.getRPr().addNewRFonts(), Fonts.MONO);
        left(code).addNewShd().setFill("F2F2F2");
        CTStyle footer = paragraphStyle(styles, FOOTER, "footer", 8f, 1.2f, 0, 0);
        fonts(footer.getRPr().addNewRFonts(), Fonts.SANS);
        footer.getRPr().addNewColor().setVal("555555");
        left(footer);

        style(styles, "DefaultParagraphFont", "Default Paragraph Font", STStyleType.CHARACTER, null)
                .setDefault(Boolean.TRUE);
        characterStyle(styles, STRONG, "Strong").addNewB();
        characterStyle(styles, EMPHASIS, "Emphasis").addNewI();
        fonts(characterStyle(styles, CODE, "HTML Code").addNewRFonts(), Fonts.MONO);
        CTRPr link = characterStyle(styles, HYPERLINK, "Hyperlink");
        link.addNewColor().setVal("1F4E8C");
        link.addNewU().setVal(STUnderline.SINGLE);
        return styles;
    }

    private static CTStyle style(
            CTStyles styles, String id, String name, STStyleType.Enum type, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(type);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        return style;
    }

    private static CTStyle paragraphStyle(
            CTStyles styles,
            String id,
            String name,
            float size,
            float leading,
            float before,
            float after) {
        CTStyle style = style(styles, id, name, STStyleType.PARAGRAPH, "Normal");
        style.addNewNext().setVal(id.startsWith("Heading") ? "Normal" : id);
        spacing(style.addNewPPr().addNewSpacing(), before, after, leading);
        size(style.addNewRPr(), size);
        return style;
    }

    private static CTRPr characterStyle(CTStyles styles, String id, String name) {
        return style(styles, id, name, STStyleType.CHARACTER, "DefaultParagraphFont").addNewRPr();
    }

    private static CTPPrGeneral left(CTStyle style) {
        CTPPrGeneral p = style.getPPr();
        if (!p.isSetJc()) {
            p.addNewJc().setVal(STJc.LEFT);
        }
        return p;
    }

    private static void fonts(CTFonts fonts, String name) {
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        fonts.setEastAsia(name);
    }

    private static void size(CTRPr run, float points) {
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        run.addNewSz().setVal(halfPoints);
        run.addNewSzCs().setVal(halfPoints);
    }

    private static void spacing(CTSpacing spacing, float before, float after, float leading) {
        spacing.setBefore(BigInteger.valueOf(twips(before)));
        spacing.setAfter(BigInteger.valueOf(twips(after)));
        // "auto" line spacing is in 240ths of a line.
        spacing.setLine(BigInteger.valueOf(Math.round(leading / 1.15f * 240)));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    /** Points to twentieths of a point. */
    static long twips(float points) {
        return Math.round(points * 20);
    }
}
