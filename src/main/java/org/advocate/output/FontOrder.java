package org.advocate.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.advocate.model.DocumentMetadata;

/** The order the PDF writer tries fonts of the user's in, ahead of the bundled fallback fonts. */
final class FontOrder {
    private FontOrder() {}

    /**
     * The fonts of the user's, in the order they are tried for a character the text faces lack: the
     * command line's {@code --font} files, then the organization's {@code fonts}; the bundled
     * fallback fonts come after both.
     */
    static List<Path> of(OutputOptions options, DocumentMetadata meta) {
        List<Path> fonts = new ArrayList<>(options.fonts());
        List<Path> seen = new ArrayList<>();
        for (Path font : fonts) {
            seen.add(font.toAbsolutePath().normalize());
        }
        for (Path font : meta.fonts()) {
            if (!seen.contains(font.toAbsolutePath().normalize())) {
                fonts.add(font);
            }
        }
        return List.copyOf(fonts);
    }
}
