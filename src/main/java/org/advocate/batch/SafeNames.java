package org.advocate.batch;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.advocate.output.AtomicFiles;

/**
 * Makes one segment of an output path safe on every common file system: NFC; control, format
 * (bidirectional, zero-width) and separator characters dropped; {@code <>:"/\|?*} replaced by
 * {@code _}; trailing dots and spaces trimmed; Windows device names (CON, NUL, COM1, ...) and
 * advocate's own temporary names prefixed with {@code _}; at most {@link #MAX_BYTES} bytes of
 * UTF-8, keeping the extension.
 */
final class SafeNames {
    /** The longest segment, in UTF-8 bytes; most file systems allow 255. */
    static final int MAX_BYTES = 200;

    private static final String REPLACED = "<>:\"/\\|?*";
    private static final Set<String> DEVICES =
            Set.of(
                    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6",
                    "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
                    "lpt8", "lpt9");

    private SafeNames() {}

    /**
     * Returns the safe form of a segment, or "" when nothing is left.
     *
     * @param segment one file or folder name
     * @param keepExtension whether a final {@code .ext} survives shortening (the file name)
     */
    static String segment(String segment, boolean keepExtension) {
        String text = Normalizer.normalize(segment, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        cp -> {
                            int type = Character.getType(cp);
                            if (type == Character.CONTROL
                                    || type == Character.FORMAT
                                    || type == Character.SURROGATE
                                    || type == Character.LINE_SEPARATOR
                                    || type == Character.PARAGRAPH_SEPARATOR
                                    || type == Character.UNASSIGNED) {
                                return;
                            }
                            out.appendCodePoint(REPLACED.indexOf(cp) >= 0 ? '_' : cp);
                        });
        String name = trimEnd(out.toString()).stripLeading();
        if (name.isEmpty()) {
            return "";
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(stem.strip().toLowerCase(Locale.ROOT))
                || name.startsWith(AtomicFiles.TEMP_PREFIX)) {
            name = "_" + name;
        }
        return shorten(name, keepExtension);
    }

    /** Returns the key two names collide on: NFC, case folded. */
    static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0
                && (text.charAt(end - 1) == '.' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String shorten(String name, boolean keepExtension) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext =
                keepExtension && dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        int budget = MAX_BYTES - bytes(ext);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        // Cutting may split a base character from its combining marks: renormalize and retrim.
        String cut = trimEnd(Normalizer.normalize(kept.toString(), Normalizer.Form.NFC));
        return cut.isEmpty() ? "" : cut + ext;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
