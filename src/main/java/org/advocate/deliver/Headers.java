package org.advocate.deliver;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Header values made safe: every line break and control character a name or subject may hold
 * becomes a space before it reaches a header (so no text can start a header of its own), non-ASCII
 * text is encoded as RFC 2047 encoded words, and long values are folded so that no line is longer
 * than the 998 characters RFC 5322 allows.
 */
final class Headers {
    /** Most characters kept of a name, so that its encoded form stays a few lines long. */
    static final int MAX_NAME = 200;

    private Headers() {}

    /** The text on one line: line breaks, controls and format characters become spaces. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            int type = Character.getType(c);
                            boolean bad =
                                    Character.isISOControl(c)
                                            || type == Character.LINE_SEPARATOR
                                            || type == Character.PARAGRAPH_SEPARATOR
                                            || type == Character.FORMAT
                                            || type == Character.SURROGATE
                                            || type == Character.UNASSIGNED
                                            || type == Character.PRIVATE_USE;
                            out.appendCodePoint(bad ? ' ' : c);
                        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** A mailbox header value: {@code "Name" <address>}, the name encoded when not ASCII. */
    static String mailbox(String address, String name, int used) {
        String personal = oneLine(name);
        if (personal.codePointCount(0, personal.length()) > MAX_NAME) {
            personal = personal.substring(0, personal.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        try {
            InternetAddress mailbox = Addresses.of(address);
            if (!personal.isEmpty()) {
                mailbox = new InternetAddress(mailbox.getAddress(), personal, "UTF-8");
            }
            return MimeUtility.fold(used, mailbox.toString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /**
     * An unstructured header value (Subject): one line, encoded when not ASCII, folded. A run of
     * more than {@link #LONGEST_WORD} characters without a space (which no fold could break) gets a
     * space after each such stretch.
     */
    static String text(String value, int used) {
        try {
            String line = breakLongWords(oneLine(value));
            // Text that looks like an encoded word is encoded too, so it reads back as written.
            String encoded =
                    line.contains("=?")
                            ? encodeAll(line)
                            : MimeUtility.encodeText(line, "UTF-8", null);
            return MimeUtility.fold(used, encoded);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Text as base64 encoded words of at most 45 bytes each, split between code points. */
    static String encodeAll(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size =
                        new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > 45) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            byte[] chunk = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
            out.append(out.isEmpty() ? "" : " ")
                    .append("=?UTF-8?B?")
                    .append(java.util.Base64.getEncoder().encodeToString(chunk))
                    .append("?=");
            start = end;
        }
        return out.toString();
    }

    /** The longest run without a space kept whole in a header. */
    static final int LONGEST_WORD = 400;

    private static String breakLongWords(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c == ' ' ? 0 : run + 1;
            if (run > LONGEST_WORD && !Character.isLowSurrogate(c)) {
                out.append(' ');
                run = 1;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a value is plain ASCII text (no encoding needed). */
    static boolean ascii(String value) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(value);
    }
}
