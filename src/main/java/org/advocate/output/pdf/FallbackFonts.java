package org.advocate.output.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts for the scripts the text faces lack: the bundled Noto fonts (Arabic, Hebrew,
 * Devanagari, Bengali, Tamil, Thai, Ethiopic; regular and bold) and the fonts a user names. Each is
 * read once per process, the first time a letter needs it (a Latin-only letter loads none),
 * registered with the {@link Shaper}, and shared by every document and thread.
 */
final class FallbackFonts {
    /** A bundled font family: the scripts it covers and its two weights. */
    enum Bundled {
        ARABIC("NotoNaskhArabic", UnicodeScript.ARABIC),
        HEBREW("NotoSerifHebrew", UnicodeScript.HEBREW),
        DEVANAGARI("NotoSerifDevanagari", UnicodeScript.DEVANAGARI),
        BENGALI("NotoSerifBengali", UnicodeScript.BENGALI),
        TAMIL("NotoSerifTamil", UnicodeScript.TAMIL),
        THAI("NotoSerifThai", UnicodeScript.THAI),
        ETHIOPIC("NotoSerifEthiopic", UnicodeScript.ETHIOPIC);

        private final String family;
        private final UnicodeScript script;

        Bundled(String family, UnicodeScript script) {
            this.family = family;
            this.script = script;
        }

        /** The TrueType file's class-path resource. */
        String resource(boolean bold) {
            return "fonts/noto/" + family + (bold ? "-Bold" : "-Regular") + ".ttf";
        }

        /** The bundled family for a script, or null. */
        static Bundled forScript(UnicodeScript script) {
            for (Bundled b : values()) {
                if (b.script == script) {
                    return b;
                }
            }
            return null;
        }
    }

    private final Map<Bundled, Supplier<BaseFont>> regular = new EnumMap<>(Bundled.class);
    private final Map<Bundled, Supplier<BaseFont>> bold = new EnumMap<>(Bundled.class);
    private final Map<Path, BaseFont> userFonts = new ConcurrentHashMap<>();
    private final Shaper shaper;

    private FallbackFonts(Shaper shaper) {
        this.shaper = shaper;
        for (Bundled b : Bundled.values()) {
            regular.put(b, new Memo<>(() -> loadBundled(b.resource(false))));
            bold.put(b, new Memo<>(() -> loadBundled(b.resource(true))));
        }
    }

    /** The process-wide fallback fonts: created on first use. */
    static FallbackFonts standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final FallbackFonts STANDARD = new FallbackFonts(Shaper.standard());
    }

    /** The shaper the fallback fonts are registered with. */
    Shaper shaper() {
        return shaper;
    }

    /** The bundled font of a script, in the weight asked for, or null when none is bundled. */
    BaseFont bundled(UnicodeScript script, boolean boldWeight) {
        Bundled b = Bundled.forScript(script);
        if (b == null) {
            return null;
        }
        return (boldWeight ? bold : regular).get(b).get();
    }

    /**
     * A font file the user named, loaded once per process and shaped. The path must be a checked,
     * readable TrueType or OpenType file ({@link org.advocate.input.UserFonts#problem}); its
     * canonical form is the key.
     *
     * @throws IOException when it cannot be read or is not a font OpenPDF can embed
     */
    BaseFont user(Path file) throws IOException {
        Path key = file.toRealPath();
        BaseFont font = userFonts.get(key);
        if (font != null) {
            return font;
        }
        synchronized (userFonts) {
            font = userFonts.get(key);
            if (font == null) {
                byte[] bytes = Files.readAllBytes(key);
                try {
                    String name = key.getFileName().toString();
                    // A collection's first font: OpenPDF names it by index.
                    boolean collection = name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
                    font = load(collection ? name + ",0" : name, bytes);
                } catch (RuntimeException e) {
                    throw new IOException(
                            "not a TrueType or OpenType font OpenPDF can embed ("
                                    + e.getMessage()
                                    + ")",
                            e);
                }
                userFonts.put(key, font);
            }
            return font;
        }
    }

    /** Line breaks are layout, not glyphs: OpenPDF breaks the line and draws nothing. */
    static boolean isLayoutOnly(int cp) {
        return cp == '\n' || cp == '\r';
    }

    private BaseFont loadBundled(String resource) {
        byte[] bytes;
        try (InputStream in = FallbackFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
        return load(resource, bytes);
    }

    /** An embedded, subset, shaped font from a file's bytes (never from a name or URL). */
    private BaseFont load(String name, byte[] bytes) {
        BaseFont font;
        try {
            font =
                    BaseFont.createFont(
                            name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("cannot load font " + name + ": " + e.getMessage(), e);
        }
        font.setSubset(true);
        font.setIncludeCidSet(false);
        font.setSecureRandom(new SubsetTagRandom(name));
        font.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
        try {
            shaper.register(
                    font,
                    java.awt.Font.createFont(
                            java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(
                    "cannot shape with font " + name + ": " + e.getMessage(), e);
        }
        return font;
    }
}
