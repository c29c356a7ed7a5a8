package org.advocate.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.advocate.InputException;

/** Reads user text files strictly: UTF-8 only, a leading BOM dropped, a size limit. */
public final class InputFiles {
    /** The largest input file accepted, in bytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private InputFiles() {}

    /** Reads a whole file as UTF-8 text. */
    public static String read(Path file) {
        String label = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw InputException.of(label, "", "is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw InputException.of(
                        label, "", "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(label, "", "file not found");
        } catch (IOException e) {
            throw InputException.of(label, "", "cannot read file: " + e.getMessage());
        }
        return decode(label, bytes);
    }

    /** Decodes bytes as strict UTF-8, naming the line of the first invalid byte. */
    public static String decode(String label, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw InputException.of(
                    label + ":1", "", "file is UTF-16; save it as UTF-8 and try again");
        }
        if (bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes, start);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw InputException.of(
                    label + ":" + line,
                    "",
                    String.format(
                            "invalid UTF-8 byte 0x%02X; save the file as UTF-8",
                            bytes[bad] & 0xFF));
        }
    }

    private static int firstInvalid(byte[] bytes, int start) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
