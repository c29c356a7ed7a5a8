package org.advocate.load.rows;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.advocate.InputException;

/**
 * Decodes a stream as strict UTF-8 while it is read, so a large file never has to be in memory: a
 * leading byte-order mark is dropped; UTF-16 and invalid bytes stop the read with an error naming
 * the line; so does a line longer than {@link #MAX_LINE_CHARS}, which bounds what a parser buffers.
 */
final class StrictUtf8Reader extends Reader {
    /** The longest line accepted, in characters. */
    static final int MAX_LINE_CHARS = 1_000_000;

    private final InputStream in;
    private final String label;
    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean eof;
    private boolean started;
    private boolean flushed;
    private long line = 1;
    private int lineChars;

    StrictUtf8Reader(InputStream in, String label) {
        this.in = in;
        this.label = label;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    decode(out, true);
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            CoderResult result = decode(out, eof);
            if (result.isUnderflow() && !eof) {
                fill();
            }
        }
        int produced = out.position() - offset;
        countLines(buffer, offset, produced);
        return produced == 0 ? -1 : produced;
    }

    private CoderResult decode(CharBuffer out, boolean end) {
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, end);
        for (int i = before; i < bytes.position(); i++) {
            if (bytes.get(i) == '\n') {
                line++;
            }
        }
        if (result.isError()) {
            int bad = bytes.get(bytes.position()) & 0xFF;
            throw InputException.of(
                    label + ":" + line,
                    "",
                    String.format("invalid UTF-8 byte 0x%02X; save the file as UTF-8", bad));
        }
        return result;
    }

    private void countLines(char[] buffer, int offset, int produced) {
        for (int i = offset; i < offset + produced; i++) {
            if (buffer[i] == '\n') {
                lineChars = 0;
            } else if (++lineChars > MAX_LINE_CHARS) {
                throw InputException.of(
                        label + ":" + line,
                        "",
                        "line is longer than " + MAX_LINE_CHARS + " characters");
            }
        }
    }

    /** Reads the first bytes and checks what they say about the encoding. */
    private void start() throws IOException {
        started = true;
        while (!eof && bytes.remaining() < 4) {
            fill();
        }
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        int b2 = n > 2 ? bytes.get(2) & 0xFF : -1;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw utf16();
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(3);
        }
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                throw utf16();
            }
        }
    }

    private InputException utf16() {
        return InputException.of(
                label + ":1", "", "file is UTF-16 (or binary); save it as UTF-8 and try again");
    }

    private void fill() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
