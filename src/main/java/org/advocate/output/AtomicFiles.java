package org.advocate.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.advocate.OutputException;

/**
 * Publishes files so that nothing is lost: the content goes to a temporary file in the target's
 * folder, is flushed to disk, and is then moved into place in one step. A reader sees the old file
 * or the whole new one, never a part; an existing file is replaced only when asked.
 */
public final class AtomicFiles {
    /** The prefix of temporary files, so that interrupted runs can find and remove them. */
    public static final String TEMP_PREFIX = ".advocate-";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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
        if (!replace && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(target + ": file exists; use --force to replace it");
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException(target + ": is a folder");
        }
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = createTemp(dir);
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                if (sync) {
                    channel.force(true);
                }
            }
            if (replace) {
                Files.move(
                        temp,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target appeared meanwhile; rename would replace it.
                try {
                    Files.createLink(absolute, temp);
                    Files.delete(temp);
                } catch (UnsupportedOperationException | IOException linkFailed) {
                    if (linkFailed instanceof FileAlreadyExistsException) {
                        throw new OutputException(
                                target + ": file exists; use --force to replace it");
                    }
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
                }
            }
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
     * Creates an empty temporary file with the permissions any new file gets (the user's umask),
     * not the owner-only ones of {@link Files#createTempFile}: a letter is a file to share.
     */
    private static Path createTemp(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp =
                    dir.resolve(
                            TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
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
