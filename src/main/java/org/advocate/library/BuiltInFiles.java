package org.advocate.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.advocate.input.InputFiles;

/**
 * The files of the built-in library on the class path: a folder when run from a build, else the
 * jar.
 */
final class BuiltInFiles {
    private static final String BUILT_IN = Library.BUILT_IN;

    private BuiltInFiles() {}

    /** Lists the names of the files directly in a folder of the built-in library. */
    static List<String> list(String folder) {
        String prefix = folder.isEmpty() ? BUILT_IN + "/" : BUILT_IN + "/" + folder + "/";
        List<String> files = new ArrayList<>();
        URL base =
                BuiltInFiles.class
                        .getClassLoader()
                        .getResource(prefix.substring(0, prefix.length() - 1));
        if (base == null) {
            return files;
        }
        try {
            if (base.getProtocol().equals("file")) {
                try (Stream<Path> list = Files.list(Path.of(base.toURI()))) {
                    list.filter(Files::isRegularFile)
                            .forEach(p -> files.add(p.getFileName().toString()));
                }
            } else if (base.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) base.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix)
                                && name.indexOf('/', prefix.length()) < 0
                                && name.length() > prefix.length()) {
                            files.add(name.substring(prefix.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in library", e);
        }
        return files;
    }

    /** Reads a built-in file, or empty when there is none. */
    static Optional<String> read(String resource) {
        try (InputStream in = BuiltInFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(InputFiles.decode(resource, in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in " + resource, e);
        }
    }
}
