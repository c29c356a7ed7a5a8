package org.advocate.output.pdf;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;

/**
 * Turns a paragraph's text into runs and its runs into set lines: merged names kept whole, other
 * scripts in the font chain's fonts, a proof's merged values on their highlight, and justified or
 * ragged text broken by the line breaker. One per document, with the document's fonts and names.
 */
final class ParagraphSetter {
    private final FontChain chain;
    private final boolean rtl;
    private final LineBreaker breaker;
    private final List<String> names;
    private final String continuedLabel;

    ParagraphSetter(
            FontChain chain,
            boolean rtl,
            LineBreaker breaker,
            List<String> names,
            String continuedLabel) {
        this.chain = chain;
        this.rtl = rtl;
        this.breaker = breaker;
        this.names = List.copyOf(names);
        this.continuedLabel = continuedLabel;
    }

    /** What heads a list of signatories carried over to a new page: "(continued)". */
    String continuedLabel() {
        return continuedLabel;
    }

    /**
     * The runs of some text in one style.
     *
     * @param hyphenate whether the text may be hyphenated at all (never in code, links or names)
     * @param marked whether the text is a merged value of a proof, set on its highlight
     */
    List<TextRun> runs(
            String text, Font font, String link, boolean hyphenate, boolean bold, boolean marked) {
        List<TextRun> runs = chain.runs(NameRuns.split(text, font, link, hyphenate, names), bold);
        return marked
                ? runs.stream().map(r -> r.withBackground(ProofStyle.HIGHLIGHT)).toList()
                : runs;
    }

    /**
     * Adds a finished paragraph to a container: justified and ragged text broken into lines,
     * right-aligned and centred text (short: list numbers) set as it is.
     *
     * @return whether anything was added (a paragraph can break into no line at all)
     */
    boolean setInto(
            BlockSink sink,
            List<TextRun> runs,
            TextStyle style,
            boolean keepWithNext,
            Section section) {
        int alignment = style.alignment();
        if (alignment == Element.ALIGN_JUSTIFIED || alignment == Element.ALIGN_LEFT) {
            List<Line> lines =
                    breaker.lines(runs, sink.width(), alignment == Element.ALIGN_JUSTIFIED);
            if (lines.isEmpty()) {
                return false;
            }
            String continued = section == Section.SIGNATORIES ? continuedLabel : null;
            sink.add(new SetParagraph(lines, style, keepWithNext, continued, rtl));
            return true;
        }
        sink.add(SetParagraph.unbroken(runs, style, rtl));
        return true;
    }
}
