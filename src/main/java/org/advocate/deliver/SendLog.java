package org.advocate.deliver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.advocate.OutputException;

/**
 * The send log of an output folder ({@value #NAME}): one line per event, appended and flushed to
 * the disk before the run goes on, so a run killed at any moment leaves a log that says what it
 * did. A message's line {@code started} is on the disk before its SMTP transaction begins and its
 * line {@code accepted} after the server took it; a message with the first and not the second may
 * or may not have been delivered, and is never sent again without being asked ({@code
 * --resend-uncertain}). A last line cut short by a crash (no line end) is ignored: it was written
 * before the transaction it announces began, so that transaction never started.
 *
 * <p>Lines are tab-separated: {@code run ID TIME}, then {@code started|accepted|failed ROW ADDRESS
 * MESSAGE-ID SHA-256 DETAIL}.
 */
final class SendLog implements AutoCloseable {
    /** The log's file name in the output folder. */
    static final String NAME = "send-log.tsv";

    /** What the log says of one row. */
    enum State {
        STARTED,
        ACCEPTED,
        FAILED
    }

    /**
     * The last event of one row.
     *
     * @param row the row's number
     * @param address the address it was sent to
     * @param messageId its Message-ID
     * @param sha256 the SHA-256 of the message's bytes as sent
     * @param state what became of it
     * @param detail the server's reply, or the time it started
     */
    record Entry(
            int row, String address, String messageId, String sha256, State state, String detail) {}

    private final Path file;
    private final FileChannel channel;
    private final String runId;
    private final Map<Integer, Entry> entries;

    private SendLog(Path file, FileChannel channel, String runId, Map<Integer, Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.runId = runId;
        this.entries = entries;
    }

    /**
     * Opens the folder's log. A new log gets a new run id; a resumed one keeps its own, so a
     * message sent again carries the Message-ID it first had. A log that records messages is
     * refused unless the run resumes it: a second run into the same folder would send them all
     * again.
     */
    static SendLog open(Path dir, boolean resume) {
        Path file = dir.resolve(NAME);
        Map<Integer, Entry> entries = new HashMap<>();
        String runId = null;
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.lastIndexOf('\n');
                for (String line : text.substring(0, end + 1).split("\n")) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 2 && f[0].equals("run")) {
                        runId = runId == null ? f[1] : runId;
                    } else if (f.length >= 6) {
                        State state = State.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
                        int row = Integer.parseInt(f[1]);
                        entries.put(
                                row,
                                new Entry(row, f[2], f[3], f[4], state, f.length > 5 ? f[5] : ""));
                    }
                }
                if (!resume && (!entries.isEmpty() || runId != null)) {
                    throw new OutputException(
                            file
                                    + ": a send log of an earlier run is here; --resume finishes"
                                    + " that run (nothing it sent is sent again), or choose"
                                    + " another --out-dir for a new one");
                }
            }
            FileChannel channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND);
            SendLog log = new SendLog(file, channel, runId != null ? runId : newRunId(), entries);
            if (runId == null) {
                log.append(List.of("run", log.runId, Instant.now().toString()));
            }
            return log;
        } catch (IOException | IllegalArgumentException e) {
            throw new OutputException(file + ": cannot read or write the send log: " + e, e);
        }
    }

    private static String newRunId() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The run's id, part of every Message-ID it makes. */
    String runId() {
        return runId;
    }

    /** What the log said of a row when it was opened, or null. */
    Entry entry(int row) {
        return entries.get(row);
    }

    /** Records that a message's transaction is about to begin; on the disk when it returns. */
    void started(int row, String address, String messageId, String sha256) {
        event(State.STARTED, row, address, messageId, sha256, Instant.now().toString());
    }

    /** Records that the server accepted a message. */
    void accepted(int row, String address, String messageId, String sha256, String reply) {
        event(State.ACCEPTED, row, address, messageId, sha256, reply);
    }

    /** Records that the server refused a message. */
    void failed(int row, String address, String messageId, String sha256, String reply) {
        event(State.FAILED, row, address, messageId, sha256, reply);
    }

    private void event(
            State state, int row, String address, String messageId, String sha256, String detail) {
        append(
                List.of(
                        state.name().toLowerCase(java.util.Locale.ROOT),
                        Integer.toString(row),
                        clean(address),
                        clean(messageId),
                        sha256,
                        clean(detail)));
    }

    private static String clean(String text) {
        return Headers.oneLine(text == null ? "" : text).replace('\t', ' ');
    }

    private void append(List<String> fields) {
        byte[] line = (String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new OutputException(file + ": cannot write the send log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new OutputException(file + ": cannot close the send log: " + e.getMessage(), e);
        }
    }
}
