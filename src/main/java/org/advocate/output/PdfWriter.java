package org.advocate.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.Version;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.MergedValue;
import org.advocate.model.RenderedLetter;
import org.advocate.output.pdf.Coverage;
import org.advocate.output.pdf.DocumentSpec;
import org.advocate.output.pdf.Envelope;
import org.advocate.output.pdf.ImageCache;
import org.advocate.output.pdf.Paper;
import org.advocate.output.pdf.PdfRenderer;
import org.advocate.output.pdf.Section;
import org.advocate.output.pdf.Typesetting;
import org.advocate.output.pdf.UnprintableCharacterException;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Writes a letter as PDF: the Markdown is parsed with commonmark (GFM tables, no autolinks) and
 * laid out by {@link PdfRenderer}. Immutable apart from its image cache, and safe to share.
 */
public final class PdfWriter implements LetterWriter {
    private static final int ID_BYTES = 16;

    /**
     * What writing a PDF needs, made on the first letter: a run that writes Markdown, or only lists
     * the formats, never loads the PDF machinery.
     */
    private record Engine(
            Parser parser, TextContentRenderer plain, PdfRenderer renderer, ImageCache images) {
        Engine() {
            this(
                    Parser.builder().extensions(List.of(TablesExtension.create())).build(),
                    TextContentRenderer.builder().build(),
                    PdfRenderer.builder().build(),
                    new ImageCache());
        }
    }

    private volatile Engine engine;

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    engine = e = new Engine();
                }
            }
        }
        return e;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public void write(RenderedLetter letter, OutputOptions options, OutputStream out)
            throws IOException {
        Node document = engine().parser().parse(letter.markdown());
        DocumentSpec spec = spec(letter, options, document);
        // Laid out in memory first: a letter that fails half-way leaves no partial PDF behind.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            engine().renderer().render(document, spec, pdf);
        } catch (UnprintableCharacterException e) {
            List<Path> fonts = FontOrder.of(options, letter.metadata());
            throw Unprintable.unprintable(
                    letter.metadata().values(),
                    letter.markdown(),
                    e.codePoint(),
                    // The character the layout met, and any other no font has.
                    cp -> cp != e.codePoint() && Coverage.canPrint(cp, fonts));
        }
        out.write(OwnMark.seal(pdf.toByteArray()));
    }

    /** Characters of the letter's fields that no font has, in the text or the heading faces. */
    @Override
    public List<Problem> check(DocumentMetadata metadata) {
        return check(metadata, OutputOptions.DEFAULT);
    }

    /** Characters of the letter's fields that no font has, the user's fonts included. */
    @Override
    public List<Problem> check(DocumentMetadata metadata, OutputOptions options) {
        List<Path> fonts = FontOrder.of(options, metadata);
        return Unprintable.unprintableFields(metadata.values(), cp -> Coverage.canPrint(cp, fonts));
    }

    private DocumentSpec spec(RenderedLetter rendered, OutputOptions options, Node document) {
        DocumentMetadata meta = rendered.metadata();
        Paper paper = options.paper() != null ? options.paper() : Paper.forLocale(meta.locale());
        ImageCache.Decoded logo = image(meta.logo(), "logo");
        ImageCache.Decoded signature = image(meta.signature(), "signature");
        List<ImageCache.Decoded> signerImages = new ArrayList<>();
        for (Path file : meta.signerSignatures()) {
            signerImages.add(image(file, "signers.signature"));
        }
        Envelope envelope = WindowEnvelopes.chosen(options, meta);
        if (envelope != null) {
            paper = envelope.paper();
        }
        String producer = "advocate " + Version.get();
        String subject = meta.subject();
        // A proof says so in its title, as on every page, so no one takes it for the letter.
        String draft = meta.proof() ? meta.messages().text("draft") : null;
        String title =
                draft == null
                        ? meta.title()
                        : meta.messages().format("proofTitle", Map.of("title", meta.title()));
        String header = runningHeader(meta, document);
        MessageDigest digest = sha256();
        for (String part :
                Arrays.asList(
                        rendered.markdown(),
                        paper.name(),
                        String.valueOf(options.pdfa()),
                        FontOrder.of(options, meta).toString(),
                        title,
                        draft,
                        meta.author(),
                        subject,
                        String.join("\n", meta.keywords()),
                        meta.locale().toLanguageTag(),
                        meta.date().toString(),
                        producer,
                        header,
                        meta.messages().text("page"),
                        meta.style().toString(),
                        String.valueOf(envelope),
                        meta.returnAddress())) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        List<ImageCache.Decoded> images = new ArrayList<>(Arrays.asList(logo, signature));
        images.addAll(signerImages);
        List<org.openpdf.text.Image> signatures = new ArrayList<>();
        for (ImageCache.Decoded image : signerImages) {
            signatures.add(image == null ? null : image.image());
        }
        for (ImageCache.Decoded image : images) {
            digest.update(image == null ? new byte[1] : image.sha256());
        }
        return new DocumentSpec(
                paper,
                options.pdfa(),
                title,
                meta.author(),
                subject,
                meta.keywords(),
                meta.locale(),
                meta.date(),
                producer,
                header,
                meta.messages().text("page"),
                meta.messages().text("continued"),
                logo == null ? null : logo.image(),
                signature == null ? null : signature.image(),
                Arrays.copyOf(digest.digest(), ID_BYTES),
                new Typesetting(
                        meta.style().fontSize(),
                        meta.style().sideMargin(),
                        meta.style().justified(),
                        mergedNames(meta),
                        FontOrder.of(options, meta)),
                new DocumentSpec.Signers(signatures, meta.style().signersSideBySide()),
                envelope,
                meta.returnAddress(),
                draft);
    }

    /**
     * The merged names (of people and organizations), which are never hyphenated where they are
     * printed: a name split across lines is easily misread, and the reader of a mail merge looks
     * for their own.
     */
    static List<String> mergedNames(DocumentMetadata meta) {
        List<String> names = new ArrayList<>();
        for (MergedValue value : meta.values()) {
            String field = value.field().toLowerCase(Locale.ROOT);
            String last = field.substring(field.lastIndexOf('.') + 1);
            if (last.contains("name") || last.contains("organization")) {
                names.add(value.value().strip());
            }
        }
        return names;
    }

    private ImageCache.Decoded image(Path file, String field) {
        if (file == null) {
            return null;
        }
        try {
            return engine().images().get(file);
        } catch (IOException e) {
            throw InputException.of(
                    file.toString(),
                    "organization." + field,
                    "cannot use image: " + e.getMessage());
        }
    }

    /**
     * The running header from the letter's messages ("Sender · Recipient · date"), with the date as
     * the letter prints it; a tab in a name prints as a space, as it does in the text.
     */
    private String runningHeader(DocumentMetadata meta, Node document) {
        Map<String, Object> parts = new HashMap<>();
        parts.put("sender", meta.author());
        String date = sectionText(document, Section.DATE);
        String formatted =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(meta.locale())
                        .format(meta.date());
        // The date alone, without the place a dateline may put before it.
        parts.put("date", date != null && !date.contains(formatted) ? date : formatted);
        String header;
        if (meta.addressee() != null) {
            parts.put("recipient", meta.addressee());
            header = meta.messages().format("runningHeader", parts);
        } else {
            header = meta.messages().format("runningHeaderNoRecipient", parts);
        }
        return header.replace('\t', ' ');
    }

    /** The plain text of the first paragraph after a section's marker, or null. */
    private String sectionText(Node document, Section section) {
        boolean inSection = false;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock html) {
                var marker = Section.fromMarker(html.getLiteral());
                if (marker.isPresent()) {
                    inSection = marker.get() == section;
                }
            } else if (inSection && n instanceof Paragraph) {
                return engine().plain().render(n).strip();
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
