package org.advocate.output.pdf;

import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Code blocks: tabs to four-column stops, indentation that survives layout, lines kept as written
 * in a shaded box.
 */
final class CodeText {
    private static final int TAB = 4;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private CodeText() {}

    /** Replaces tabs with spaces up to the next multiple of four columns. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TAB != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Turns leading spaces into no-break spaces: OpenPDF drops spaces at the start of a line, which
     * would flatten indented code.
     */
    static String keepIndent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n == 0 ? line : String.valueOf(NO_BREAK_SPACE).repeat(n) + line.substring(n);
    }

    /** A shaded block of monospace text, lines and indentation kept. */
    static PdfPTable box(String literal, Font font, Color background, float spaceAfter) {
        Paragraph p = new Paragraph();
        p.setLeading(0f, 1.25f);
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.add(new Chunk("\n", font));
            }
            String line = expandTabs(lines[i]);
            if (!line.isEmpty()) {
                String text = keepIndent(line);
                FontSet.check(font.getBaseFont(), text);
                p.add(new Chunk(text, font));
            }
        }
        PdfPCell cell = Blocks.plainCell();
        cell.setBackgroundColor(background);
        cell.setPadding(6f);
        cell.setPaddingTop(3f);
        cell.addElement(p);
        PdfPTable box = Blocks.box(cell);
        box.setSpacingBefore(2f);
        box.setSpacingAfter(Math.max(spaceAfter, 4f));
        return box;
    }
}
