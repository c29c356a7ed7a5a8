package org.advocate.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks a font file the user names must pass before it is read: OpenPDF's font loading takes a
 * file name, a registered font name or a URL alike, so only a readable local file of a font type
 * ever reaches it.
 */
public final class UserFonts {
    private UserFonts() {}

    /** What a font named as a URL is told. */
    public static final String NOT_A_URL = "a font is a local file, not a URL";

    /** Tells whether a font name is a URL (which is never read). */
    public static boolean isUrl(String name) {
        return name.contains("://") || name.startsWith("file:") || name.startsWith("jar:");
    }

    /** What is wrong with a font file, or null when it may be read. */
    public static String problem(String name) {
        if (isUrl(name)) {
            return NOT_A_URL;
        }
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return "not a file name";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc"))) {
            return "expected a TrueType or OpenType font file (.ttf, .otf or .ttc)";
        }
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read";
        }
        return null;
    }
}
