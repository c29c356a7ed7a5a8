package org.advocate.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import org.advocate.OutputException;
import org.advocate.output.AtomicFiles;

/**
 * A batch's private folder inside the output folder: each row's letter is made there first, with
 * the run's row log and sort files, and moved to its name only when the run publishes. Its name
 * starts with advocate's temporary-file prefix and names the shard, so no output can take it and
 * {@code --resume} removes what a killed run of the same shard left. A dry run's work folder is in
 * the system's temporary folder, since a dry run writes nothing to the output folder.
 */
final class WorkFolder implements AutoCloseable {
    /** The prefix of work folders. */
    static final String PREFIX = AtomicFiles.TEMP_PREFIX + "work-";

    private final Path dir;

    private WorkFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates a shard's work folder in the output folder. */
    static WorkFolder create(Path outDir, Shard shard) {
        for (int attempt = 0; ; attempt++) {
            Path dir =
                    outDir.resolve(
                            prefix(shard)
                                    + Long.toUnsignedString(
                                            ThreadLocalRandom.current().nextLong(), 36)
                                    + ".tmp");
            try {
                return new WorkFolder(Files.createDirectory(dir));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw new OutputException(dir + ": cannot create: " + e.getMessage(), e);
                }
            } catch (IOException e) {
                throw new OutputException(outDir + ": cannot write: " + e.getMessage(), e);
            }
        }
    }

    /** Creates a work folder outside the output folder, for a dry run. */
    static WorkFolder temporary() {
        try {
            return new WorkFolder(Files.createTempDirectory("advocate-batch-"));
        } catch (IOException e) {
            throw new OutputException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** The folder. */
    Path dir() {
        return dir;
    }

    /** Where a row's letter is made before it is published. */
    Path staged(int number) {
        return dir.resolve(number + ".part");
    }

    /** A file of the run's own in the folder. */
    Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * Removes what killed runs of a shard left in the output folder: its work folders and, for an
     * unsplit batch, advocate's temporary files at the top of the folder.
     */
    static void removeStale(Path outDir, Shard shard) {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        try (DirectoryStream<Path> temps =
                Files.newDirectoryStream(outDir, AtomicFiles.TEMP_PREFIX + "*.tmp")) {
            for (Path temp : temps) {
                String name = temp.getFileName().toString();
                if (name.startsWith(prefix(shard))
                        && Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(temp);
                } else if (!shard.isSplit()
                        && !name.startsWith(PREFIX)
                        && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new OutputException(
                    outDir + ": cannot remove stale temporary files: " + e.getMessage(), e);
        }
    }

    /** Removes the folder and everything in it. */
    @Override
    public void close() {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new OutputException(dir + ": cannot remove: " + e.getMessage(), e);
        }
    }

    private static String prefix(Shard shard) {
        return PREFIX + (shard.isSplit() ? shard.k() + "-of-" + shard.n() : "all") + "-";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
