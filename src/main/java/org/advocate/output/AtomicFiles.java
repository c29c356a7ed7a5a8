package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.advocate.OutputException;

/**
 * Publishes files so that nothing is lost: the content goes to a temporary file in the target's
 * folder, is flushed to disk, and is then moved into place in one step. A reader sees the old file
 * or the whole new one, never a part; an existing file is replaced only when asked.
 */
public final class AtomicFiles {
    /** The prefix of temporary files, so that interrupted runs can find and remove them. */
    public static final String TEMP_PREFIX = ".advocate-";

    private AtomicFiles() {}

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Publishes a file.
     *
     * @param target the file to create
     * @param replace whether an existing file may be replaced
     * @param content what to write
     * @throws OutputException when the file exists (and may not be replaced) or cannot be written
     */
    public static void publish(Path target, boolean replace, Content content) {
        publish(target, replace, true, content);
    }

    /**
     * Publishes a file, flushing it to disk first only when asked. Without the flush a killed
     * process still leaves only whole files (the operating system keeps what was written), but a
     * power failure may leave a published file damaged: callers that skip it must be able to tell,
     * as a batch does by checking its manifest's SHA-256 on {@code --resume}.
     *
     * @param target the file to create
     * @param replace whether an existing file may be replaced
     * @param sync whether to flush the content to disk before publishing it
     * @param content what to write
     * @throws OutputException when the file exists (and may not be replaced) or cannot be written
     */
    public static void publish(Path target, boolean replace, boolean sync, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // java.io.File's check throws nothing for a missing file, unlike Files.exists.
        if (!replace && absolute.toFile().exists()) {
            throw taken(target);
        }
        Path temp = null;
        try {
            Temp created;
            try {
                created = createTemp(dir);
            } catch (NoSuchFileException missingFolder) {
                Files.createDirectories(dir);
                created = createTemp(dir);
            }
            temp = created.path();
            FileChannel channel = created.channel();
            try (OutputStream out = Channels.newOutputStream(channel)) {
                if (replace) {
                    keepPermissions(absolute, temp);
                }
                content.writeTo(out);
                out.flush();
                if (sync) {
                    channel.force(true);
                }
            }
            moveIntoPlace(temp, target, replace);
            temp = null;
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }

    /**
     * Publishes a file written beforehand (staged) on the same file system: moves it into place in
     * one step, replacing an existing file only when asked. A staged file on another file system (a
     * folder mounted inside the output folder) is copied to a temporary file beside the target
     * first. The staged file is gone afterwards unless this fails.
     *
     * @param staged the complete file
     * @param target the file to create
     * @param replace whether an existing file may be replaced
     * @throws OutputException when the file exists (and may not be replaced) or cannot be moved
     */
    public static void publishStaged(Path staged, Path target, boolean replace) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            if (!replace && absolute.toFile().exists()) {
                throw taken(target);
            }
            if (replace) {
                keepPermissions(absolute, staged);
            }
            try {
                moveIntoPlace(staged, target, replace);
            } catch (java.nio.file.AtomicMoveNotSupportedException otherFileSystem) {
                publish(target, replace, false, out -> Files.copy(staged, out));
                Files.delete(staged);
            }
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Moves a complete temporary file to its target in one step. */
    private static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (replace) {
            if (Files.isDirectory(absolute)) {
                throw new OutputException(target + ": is a folder");
            }
            Files.move(
                    temp,
                    absolute,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // A hard link fails if the target exists, even if it appeared meanwhile; a rename would
        // replace it.
        try {
            Files.createLink(absolute, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException exists) {
            throw taken(target);
        } catch (UnsupportedOperationException | IOException linkFailed) {
            if (linkFailed instanceof NoSuchFileException) {
                throw (NoSuchFileException) linkFailed;
            }
            // No hard links here (some network and FAT file systems, or across file systems):
            // check, then move.
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputException(target + ": file exists; use --force to replace it");
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The error for a target that is already there: a folder, or a file to keep. */
    private static OutputException taken(Path target) {
        return new OutputException(
                target
                        + (Files.isDirectory(target)
                                ? ": is a folder"
                                : ": file exists; use --force to replace it"));
    }

    /** A temporary file just created, open for writing. */
    private record Temp(Path path, FileChannel channel) {}

    /**
     * Creates an empty temporary file with the permissions any new file gets (the user's umask),
     * not the owner-only ones of {@link Files#createTempFile}: a letter is a file to share. The
     * name need not be unpredictable: the file is created exclusively, never through a link.
     */
    private static Temp createTemp(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp =
                    dir.resolve(
                            TEMP_PREFIX
                                    + Long.toUnsignedString(
                                            ThreadLocalRandom.current().nextLong(), 36)
                                    + ".tmp");
            try {
                return new Temp(
                        temp,
                        FileChannel.open(
                                temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the new file's defaults are all there is
        }
    }
}
