package org.advocate.output.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word list numbering for the letter's lists: one definition for bullets (•, –, ◦ by depth, as in
 * the PDF), and one per ordered list with its start number and delimiter, so that Word numbers,
 * renumbers and restyles them as lists rather than as typed numbers.
 */
final class Numbering {
    private static final String[] BULLETS = {"•", "–", "◦"};
    private static final int LEVELS = 9;
    private static final int INDENT = 360; // twips per level
    private static final int HANGING = 270;

    private final XWPFNumbering numbering;
    private BigInteger bullets;
    private int nextAbstract;

    Numbering(XWPFDocument document) {
        this.numbering = document.createNumbering();
    }

    /** A numbering instance for a bullet list; bullet lists share one. */
    BigInteger bulletList() {
        if (bullets == null) {
            bullets = numbering.addNum(definition(null, 1, "."));
        }
        return bullets;
    }

    /** A numbering instance for an ordered list, starting at its own number. */
    BigInteger orderedList(int start, String delimiter) {
        return numbering.addNum(definition(STNumberFormat.DECIMAL, start, delimiter));
    }

    private BigInteger definition(STNumberFormat.Enum format, int start, String delimiter) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstract++));
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.valueOf(level == 0 ? start : 1));
            if (format == null) {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[Math.min(level, BULLETS.length - 1)]);
            } else {
                lvl.addNewNumFmt().setVal(format);
                lvl.addNewLvlText().setVal("%" + (level + 1) + delimiter);
            }
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf((long) INDENT * (level + 1)));
            ind.setHanging(BigInteger.valueOf(HANGING));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }
}
