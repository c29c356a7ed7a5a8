package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.advocate.Version;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;
import org.advocate.output.docx.DocxRenderer;
import org.advocate.output.docx.DocxSpec;
import org.advocate.output.pdf.DocumentSpec;
import org.advocate.output.pdf.LetterStyle;
import org.advocate.output.pdf.Paper;
import org.advocate.output.pdf.Section;

/**
 * Writes a letter as an editable Word document (see {@link DocxRenderer}), on the PDF's page with
 * its margins and type sizes. Apache POI is loaded with the first DOCX written, so a run that
 * writes Markdown or PDF never pays for it. Immutable apart from that, and safe to share.
 */
public final class DocxWriter implements LetterWriter {
    private volatile DocxRenderer renderer;

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    @Override
    public void write(RenderedLetter letter, OutputOptions options, OutputStream out)
            throws IOException {
        DocumentMetadata meta = letter.metadata();
        LetterPage page = LetterPage.of(meta, options);
        LetterStyle style = page.style();
        Paper paper = page.paper();
        DocxSpec spec =
                new DocxSpec(
                        paper == Paper.LETTER ? 612f : 210f * LetterPage.MM,
                        paper == Paper.LETTER ? 792f : 297f * LetterPage.MM,
                        style.topMargin(paper),
                        style.margin(paper),
                        style.bottomMargin(paper),
                        style.section(Section.BODY).size(),
                        meta.style().justified() == null || meta.style().justified(),
                        meta.title(),
                        meta.author(),
                        meta.subject(),
                        meta.keywords(),
                        meta.locale(),
                        meta.date(),
                        "advocate " + Version.get(),
                        meta.messages().text("page"),
                        picture(LetterImage.read(meta.logo(), "logo")),
                        picture(LetterImage.read(meta.signature(), "signature")));
        byte[] docx = renderer().render(letter.markdown(), spec, DocumentSpec.MARK_PLACEHOLDER);
        out.write(OwnMark.seal(docx));
    }

    private static DocxSpec.Picture picture(LetterImage image) {
        return image == null ? null : new DocxSpec.Picture(image.bytes(), image.png());
    }

    private DocxRenderer renderer() {
        DocxRenderer r = renderer;
        if (r == null) {
            synchronized (this) {
                r = renderer;
                if (r == null) {
                    renderer = r = new DocxRenderer();
                }
            }
        }
        return r;
    }
}
