package org.advocate.batch;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes one segment of an output path safe on every common file system and in a shell: NFC;
 * control, format (bidirectional, zero-width) and separator characters dropped; {@code <>:"/\|?*}
 * replaced by {@code _}; trailing dots and spaces trimmed (so a segment is never {@code .} or
 * {@code ..}); a segment that would be hidden or read as an option (a leading {@code .} or {@code
 * -}), a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9 with digits or superscript digits,
 * CONIN$, CONOUT$; any case, with or without an extension) and advocate's own temporary names
 * prefixed with {@code _}; at most {@link #MAX_BYTES} bytes of UTF-8, keeping the extension.
 */
final class SafeNames {
    /** The longest segment, in UTF-8 bytes; most file systems allow 255. */
    static final int MAX_BYTES = 200;

    private static final String REPLACED = "<>:\"/\\|?*";
    private static final Set<String> DEVICES = devices();

    private SafeNames() {}

    /** Windows' reserved device names, lower case: it treats COM¹ and LPT³ as COM1 and LPT3. */
    private static Set<String> devices() {
        Set<String> names = new HashSet<>(Set.of("con", "prn", "aux", "nul", "conin$", "conout$"));
        for (String port : List.of("com", "lpt")) {
            for (char digit : "0123456789\u00b9\u00b2\u00b3".toCharArray()) {
                names.add(port + digit);
            }
        }
        return Set.copyOf(names);
    }

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
        if (isReserved(name)) {
            name = "_" + name;
        }
        return shorten(name, keepExtension);
    }

    /**
     * Whether a cleaned segment needs a {@code _} in front: hidden or option-like, a device name,
     * or one of advocate's temporary names.
     */
    private static boolean isReserved(String name) {
        if (name.startsWith(".") || name.startsWith("-")) {
            return true; // also covers advocate's temporary names, which start with "."
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return DEVICES.contains(stem.strip().toLowerCase(Locale.ROOT));
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
