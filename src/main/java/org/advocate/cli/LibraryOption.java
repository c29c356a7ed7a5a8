package org.advocate.cli;

import java.nio.file.Path;
import org.advocate.compose.Composer;
import org.advocate.library.Library;
import picocli.CommandLine.Option;

/** {@code --library DIR} for the commands that browse the library without reading a letter. */
final class LibraryOption {
    @Option(
            names = "--library",
            paramLabel = "DIR",
            description =
                    "A library folder that extends and overrides the built-in one. Env:"
                            + " ADVOCATE_LIBRARY.")
    Path folder;

    /** The library to browse. */
    Library library() {
        return folder != null ? Library.withFolder(folder) : Library.builtIn();
    }

    /** A composer over the library, for previews and inspection. */
    Composer composer() {
        return Composer.builder(library()).build();
    }
}
