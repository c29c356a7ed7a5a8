package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;
import org.advocate.output.html.HtmlPage;
import org.advocate.output.html.PageSpec;
import org.advocate.output.pdf.LetterStyle;
import org.advocate.output.pdf.Paper;
import org.advocate.output.pdf.Section;

/**
 * Writes a letter as one standalone HTML page, for publishing an open letter (see {@link
 * HtmlPage}). The organization's logo and signature files are the page's only images, inlined as
 * {@code data:} URIs, so the page loads nothing from anywhere. Immutable and safe to share.
 */
public final class HtmlWriter implements LetterWriter {
    private volatile HtmlPage page;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public void write(RenderedLetter letter, OutputOptions options, OutputStream out)
            throws IOException {
        out.write(html(letter, options).getBytes(StandardCharsets.UTF_8));
    }

    /** The page as text, e.g. for the HTML part of an e-mail. */
    public String html(RenderedLetter letter, OutputOptions options) {
        DocumentMetadata meta = letter.metadata();
        LetterPage page = LetterPage.of(meta, options);
        LetterStyle style = page.style();
        Paper paper = page.paper();
        String pageCss =
                String.format(
                        Locale.ROOT,
                        "size:%s;margin:%.1fmm %.1fmm %.1fmm",
                        paper == Paper.LETTER ? "letter" : "A4",
                        style.topMargin(paper) / LetterPage.MM,
                        style.margin(paper) / LetterPage.MM,
                        style.bottomMargin(paper) / LetterPage.MM);
        PageSpec spec =
                new PageSpec(
                        meta.locale(),
                        meta.title(),
                        meta.author(),
                        pageCss,
                        style.section(Section.BODY).size(),
                        meta.style().justified() == null || meta.style().justified(),
                        dataUri(LetterImage.read(meta.logo(), "logo")),
                        dataUri(LetterImage.read(meta.signature(), "signature")));
        return page().render(letter.markdown(), spec);
    }

    private HtmlPage page() {
        HtmlPage p = page;
        if (p == null) {
            synchronized (this) {
                p = page;
                if (p == null) {
                    page = p = new HtmlPage();
                }
            }
        }
        return p;
    }

    private static String dataUri(LetterImage image) {
        return image == null
                ? null
                : "data:"
                        + image.mediaType()
                        + ";base64,"
                        + Base64.getEncoder().encodeToString(image.bytes());
    }
}
