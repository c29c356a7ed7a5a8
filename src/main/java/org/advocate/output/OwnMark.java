package org.advocate.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.advocate.output.pdf.DocumentSpec;

/**
 * advocate's mark on a file it wrote: the SHA-256 of the file's own content, so that {@code
 * compose} can replace, without {@code --force}, a letter it wrote and nobody changed since. A PDF
 * carries it in its info dictionary ({@code /AdvocateMark}, the hash of the file as written with
 * zeros in its place), a DOCX in its ZIP comment (likewise); a Markdown letter or an HTML page
 * written to a file ends with a comment line {@code <!-- advocate-sha256:HEX -->}, the hash of
 * everything before it. A file without the mark, or whose hash no longer matches (edited by hand,
 * even by one byte), is someone else's.
 */
public final class OwnMark {
    private static final String PREFIX = "advocate-sha256:";
    private static final byte[] PDF_PLACEHOLDER =
            DocumentSpec.MARK_PLACEHOLDER.getBytes(StandardCharsets.US_ASCII);
    private static final String MD_START = "<!-- " + PREFIX;
    private static final String MD_END = " -->\n";

    /** Files larger than this are not advocate's letters; they are never read whole. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private OwnMark() {}

    /**
     * Fills a written file's mark (a PDF's info entry, a DOCX's ZIP comment) with the hash of its
     * bytes; a file without one is unchanged.
     */
    static byte[] seal(byte[] pdf) {
        int at = lastIndexOf(pdf, PDF_PLACEHOLDER);
        if (at < 0) {
            return pdf;
        }
        byte[] hash = hex(sha256(pdf));
        byte[] sealed = pdf.clone();
        System.arraycopy(hash, 0, sealed, at + PREFIX.length(), hash.length);
        return sealed;
    }

    /** A Markdown letter with the mark appended as a last comment line. */
    public static byte[] sealMarkdown(byte[] markdown) {
        String line =
                MD_START + new String(hex(sha256(markdown)), StandardCharsets.US_ASCII) + MD_END;
        byte[] mark = line.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(markdown, markdown.length + mark.length);
        System.arraycopy(mark, 0, out, markdown.length, mark.length);
        return out;
    }

    /**
     * Whether a file is one advocate wrote and nobody has changed since: a regular file (not a
     * link) that carries the mark, whose hash still matches its content.
     */
    public static boolean unchanged(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > MAX_BYTES) {
                return false;
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                content = in.readAllBytes();
            }
            return unchanged(content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether content carries advocate's mark and its hash matches. */
    static boolean unchanged(byte[] content) {
        String tail =
                new String(
                        content,
                        Math.max(0, content.length - (MD_START.length() + 64 + MD_END.length())),
                        Math.min(content.length, MD_START.length() + 64 + MD_END.length()),
                        StandardCharsets.ISO_8859_1);
        if (tail.startsWith(MD_START) && tail.endsWith(MD_END)) {
            String hash = tail.substring(MD_START.length(), MD_START.length() + 64);
            byte[] body = Arrays.copyOf(content, content.length - tail.length());
            return hash.equals(new String(hex(sha256(body)), StandardCharsets.US_ASCII));
        }
        if (!startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))
                && !startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        int at = lastIndexOf(content, PREFIX.getBytes(StandardCharsets.US_ASCII));
        if (at < 0 || at + PREFIX.length() + 64 > content.length) {
            return false;
        }
        int from = at + PREFIX.length();
        String hash = new String(content, from, 64, StandardCharsets.ISO_8859_1);
        if (!hash.matches("[0-9a-f]{64}")) {
            return false;
        }
        byte[] unsealed = content.clone();
        Arrays.fill(unsealed, from, from + 64, (byte) '0');
        return hash.equals(new String(hex(sha256(unsealed)), StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static byte[] hex(byte[] hash) {
        return HexFormat.of().formatHex(hash).getBytes(StandardCharsets.US_ASCII);
    }
}
