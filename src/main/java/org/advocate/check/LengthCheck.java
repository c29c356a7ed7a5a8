package org.advocate.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.compose.Composer;
import org.advocate.load.LetterInput;
import org.advocate.model.RenderedLetter;
import org.advocate.model.SectionMarkers;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.PdfPages;

/**
 * Flags letters longer than the style's limits: words of the body, and pages as PDF (typesetting
 * the letter also finds characters no font can print).
 */
final class LengthCheck {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private LengthCheck() {}

    /**
     * @param pdf the letter as PDF when it was already written, else null: it is typeset here when
     *     the style limits pages
     */
    static void check(
            Composer composer,
            StyleRules style,
            LetterInput input,
            RenderedLetter rendered,
            byte[] pdf,
            OutputOptions options,
            List<Finding> findings) {
        int words = words(rendered.markdown());
        if (words > style.maxWords()) {
            findings.add(
                    new Finding(
                            input.origin(),
                            0,
                            0,
                            Severity.WARNING,
                            "length",
                            "the letter has "
                                    + words
                                    + " words, more than the limit of "
                                    + style.maxWords()
                                    + " (maxWords in "
                                    + StyleRules.FILE
                                    + ", or --max-words)"));
        }
        if (style.maxPages() > 0) {
            pages(composer, style, input, rendered, pdf, options, findings);
        }
    }

    /** Counts the words of the letter's body: from the salutation to the sources. */
    static int words(String markdown) {
        String text = markdown;
        int body = text.indexOf(SectionMarkers.prefix("body"));
        if (body >= 0) {
            text = text.substring(body);
        }
        int sources = text.indexOf(SectionMarkers.prefix("sources"));
        if (sources >= 0) {
            text = text.substring(0, sources);
        }
        text = text.replaceAll("<!--.*?-->", " ");
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void pages(
            Composer composer,
            StyleRules style,
            LetterInput input,
            RenderedLetter rendered,
            byte[] written,
            OutputOptions options,
            List<Finding> findings) {
        byte[] pdf = written;
        if (pdf == null) {
            LetterWriter writer = composer.writers().byName("pdf").orElseThrow();
            pdf = WriterCheck.write(composer, writer, options, input, rendered, findings);
            if (pdf == null) {
                return;
            }
        }
        int pages = PdfPages.count(pdf);
        if (pages > style.maxPages()) {
            findings.add(
                    new Finding(
                            input.origin(),
                            0,
                            0,
                            Severity.WARNING,
                            "length",
                            "the letter takes "
                                    + pages
                                    + " pages as PDF, more than the limit of "
                                    + style.maxPages()
                                    + " (maxPages in "
                                    + StyleRules.FILE
                                    + ", or --max-pages)"));
        }
    }
}
