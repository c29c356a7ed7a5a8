import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * advocate's publishing steps for a new file, without its error handling: the target must not
 * exist, the bytes go to a temporary file created exclusively in the same folder, which is linked
 * to the target's name (a link never replaces a file) and then removed.
 */
final class Publish {
    private Publish() {}

    static void publish(Path target, byte[] bytes) throws Exception {
        if (target.toFile().exists()) {
            throw new IllegalStateException(target + ": exists");
        }
        Path temp =
                target.resolveSibling(
                        ".floor-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try (FileChannel channel =
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes));
        }
        Files.createLink(target, temp);
        Files.delete(temp);
    }
}
