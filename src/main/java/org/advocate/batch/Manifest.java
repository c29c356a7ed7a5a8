package org.advocate.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.OutputException;

/**
 * The record of what a batch has published, so {@code --resume} can tell a finished file from one
 * to redo: an append-only log in the output folder, one line per file in {@code sha256sum} format
 * ({@code <hash> <path>}), written after the file is in place. A run killed mid-line leaves a
 * partial last line, which is ignored. Each shard has its own log, so shards sharing a folder never
 * write to the same file; resuming reads them all.
 */
final class Manifest implements AutoCloseable {
    /** The prefix of manifest files; advocate's temporary-file prefix, so no output can take it. */
    static final String PREFIX = ".advocate-manifest";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    /**
     * Lines written between flushes. A line lost with a killed run costs no correctness: {@code
     * --resume} renders an unrecorded file again and compares it before keeping it.
     */
    private static final int FLUSH_EVERY = 256;

    private final BufferedWriter out;
    private int unflushed;

    private Manifest(BufferedWriter out) {
        this.out = out;
    }

    /** Returns the log's file name for a shard. */
    static String fileName(Shard shard) {
        return PREFIX + (shard.isSplit() ? "-" + shard.k() + "-of-" + shard.n() : "") + ".sha256";
    }

    /** Reads every manifest in a folder: path (with "/") to SHA-256 hex. */
    static Map<String, String> readAll(Path dir) {
        Map<String, String> hashes = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return hashes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.sha256")) {
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = LINE.matcher(line);
                    if (m.matches()) {
                        hashes.put(m.group(2), m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new OutputException(
                    "cannot read the manifest in " + dir + ": " + e.getMessage(), e);
        }
        return hashes;
    }

    /** Opens (or creates) a shard's log for appending. */
    static Manifest open(Path dir, Shard shard) {
        Path file = dir.resolve(fileName(shard));
        try {
            boolean needsNewline = false;
            if (Files.exists(file) && Files.size(file) > 0) {
                try (var channel = Files.newByteChannel(file)) {
                    channel.position(channel.size() - 1);
                    var last = java.nio.ByteBuffer.allocate(1);
                    channel.read(last);
                    needsNewline = last.get(0) != '\n';
                }
            }
            BufferedWriter out =
                    Files.newBufferedWriter(
                            file,
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
            if (needsNewline) {
                out.write('\n');
            }
            return new Manifest(out);
        } catch (IOException e) {
            throw new OutputException(file + ": cannot write the manifest: " + e.getMessage(), e);
        }
    }

    /** Records a published file. */
    void record(String path, byte[] sha256) {
        try {
            out.write(HexFormat.of().formatHex(sha256));
            out.write("  ");
            out.write(path);
            out.write('\n');
            if (++unflushed == FLUSH_EVERY) {
                out.flush();
                unflushed = 0;
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the manifest: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
