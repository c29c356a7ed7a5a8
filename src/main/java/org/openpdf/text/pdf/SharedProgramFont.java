package org.openpdf.text.pdf;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.openpdf.text.DocumentException;

/**
 * advocate: a Unicode (Identity-H) TrueType face that embeds one font program, built once per
 * process, in every document whose glyphs it holds, instead of subsetting the face again for each
 * document. A document that uses a glyph the program lacks gets OpenPDF's usual per-document
 * subset.
 *
 * <p>The face is read from the full, unmodified TrueType file, so metrics, character map and layout
 * are OpenPDF's own. The shared program is a subset of that file made by OpenPDF's own {@code
 * TrueTypeFontSubSet} (glyph ids kept, the tables OpenPDF embeds per document), so the widths,
 * {@code ToUnicode} map and dictionaries written per document are exactly those OpenPDF would
 * write; only the font stream's bytes are shared, and they are never modified after they are built.
 *
 * <p>It lives in OpenPDF's package because the hook, {@code writeFont}, is package-private; the
 * dictionary builders it reuses are private and reached once, when the class loads, so a change of
 * OpenPDF that moves them fails at once rather than writing a different document.
 */
public final class SharedProgramFont extends TrueTypeFontUnicode {
    private static final MethodHandle TO_UNICODE;
    private static final MethodHandle CID_FONT;
    private static final MethodHandle BASE_TYPE;

    static {
        try {
            MethodHandles.Lookup lookup =
                    MethodHandles.privateLookupIn(
                            TrueTypeFontUnicode.class, MethodHandles.lookup());
            TO_UNICODE =
                    lookup.findVirtual(
                            TrueTypeFontUnicode.class,
                            "getToUnicode",
                            MethodType.methodType(PdfStream.class, int[][].class));
            CID_FONT =
                    lookup.findVirtual(
                            TrueTypeFontUnicode.class,
                            "getCIDFontType2",
                            MethodType.methodType(
                                    PdfDictionary.class,
                                    PdfIndirectReference.class,
                                    String.class,
                                    int[][].class));
            BASE_TYPE =
                    lookup.findVirtual(
                            TrueTypeFontUnicode.class,
                            "getFontBaseType",
                            MethodType.methodType(
                                    PdfDictionary.class,
                                    PdfIndirectReference.class,
                                    String.class,
                                    PdfIndirectReference.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A font program as every document embeds it.
     *
     * @param stream the stream's bytes, never modified once built
     * @param length1 the length of the TrueType data before any filter ({@code /Length1})
     * @param deflated whether {@code stream} is deflated ({@code /Filter /FlateDecode})
     * @param glyphs the glyph ids the program holds; a document using only these embeds it
     * @param tag the six capital letters of the subset's name, the same in every document
     */
    public record Program(byte[] stream, int length1, boolean deflated, BitSet glyphs, String tag) {
        public Program {
            Objects.requireNonNull(stream);
            glyphs = (BitSet) glyphs.clone();
            if (tag.length() != 6 || !tag.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("a subset tag is six capital letters: " + tag);
            }
        }

        @Override
        public BitSet glyphs() {
            return (BitSet) glyphs.clone();
        }
    }

    private final byte[] ttf;
    private final Function<SharedProgramFont, Program> builder;
    private volatile Program program;

    /**
     * Reads a face from a whole TrueType file.
     *
     * @param name the font's name, ending in {@code .ttf}
     * @param ttf the file's bytes, which must not change afterwards
     * @param builder makes the shared program, once, the first time a document needs it
     */
    public SharedProgramFont(String name, byte[] ttf, Function<SharedProgramFont, Program> builder)
            throws DocumentException, IOException {
        super(name, IDENTITY_H, true, ttf, false);
        this.ttf = ttf;
        this.builder = Objects.requireNonNull(builder);
        LayoutProcessor.loadFont(this, name);
    }

    /** The glyph id the face maps a code point to, or -1 when it has none. */
    public int glyphId(int codePoint) {
        int[] metrics = getMetricsTT(codePoint);
        return metrics == null ? -1 : metrics[0];
    }

    /**
     * A TrueType subset of this face holding the given glyphs (and glyph 0 and the components of
     * composite glyphs), with glyph ids kept, as OpenPDF subsets a face for one document.
     */
    public byte[] subset(BitSet glyphs) throws IOException, DocumentException {
        HashMap<Integer, int[]> used = new HashMap<>();
        for (int g = glyphs.nextSetBit(0); g >= 0; g = glyphs.nextSetBit(g + 1)) {
            used.put(g, new int[] {g, getGlyphWidth(g), 0});
        }
        return new TrueTypeFontSubSet(
                        fileName, new RandomAccessFileOrArray(ttf), used, 0, false, false)
                .process();
    }

    /** The shared program, built on first use. */
    public Program program() {
        Program p = program;
        if (p == null) {
            synchronized (this) {
                p = program;
                if (p == null) {
                    program = p = Objects.requireNonNull(builder.apply(this));
                }
            }
        }
        return p;
    }

    /** Whether the shared program holds every glyph of a set of glyph ids. */
    public boolean covers(Iterable<Integer> glyphIds) {
        BitSet held = program().glyphs;
        for (int g : glyphIds) {
            if (!held.get(g)) {
                return false;
            }
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
            throws DocumentException, IOException {
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        boolean cidSet =
                includeCidSet
                        || writer.getPDFXConformance() == PdfWriter.PDFA1A
                        || writer.getPDFXConformance() == PdfWriter.PDFA1B;
        if (!subset || cidSet || directoryOffset != 0 || !covers(longTag.keySet())) {
            super.writeFont(writer, ref, params);
            return;
        }
        Program shared = program();
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        String prefix = shared.tag() + "+";
        PdfStream stream = new PdfStream(shared.stream);
        if (shared.deflated()) {
            stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        }
        stream.put(PdfName.LENGTH1, new PdfNumber(shared.length1()));
        try {
            PdfIndirectReference at = writer.addToBody(stream).getIndirectReference();
            at = writer.addToBody(getFontDescriptor(at, prefix, null)).getIndirectReference();
            PdfDictionary cid = (PdfDictionary) CID_FONT.invoke(this, at, prefix, metrics);
            at = writer.addToBody(cid).getIndirectReference();
            PdfStream toUnicode =
                    (PdfStream)
                            TO_UNICODE.invoke(this, mergeMetricsAndFillerCmap(metrics, fillerCmap));
            PdfIndirectReference toUnicodeRef =
                    toUnicode == null ? null : writer.addToBody(toUnicode).getIndirectReference();
            writer.addToBody((PdfDictionary) BASE_TYPE.invoke(this, at, prefix, toUnicodeRef), ref);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new DocumentException(t.toString());
        }
    }
}
