package org.advocate.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds where words of the rendered letter were written: in the letter file, the organization file,
 * an argument file or the template. Each candidate occurrence of the matched words is scored by how
 * much of the surrounding text agrees with the rendered line; the best wins, earlier files win
 * ties, and an occurrence is used once so repeated words map to different places.
 */
final class SourceMap {
    /** A file the letter's text may come from. */
    record SourceFile(String origin, String text) {}

    /** A place in a file. */
    record Position(String file, int line, int column) {}

    private final List<SourceFile> files;
    private final Set<String> used = new HashSet<>();

    SourceMap(List<SourceFile> files) {
        this.files = List.copyOf(files);
    }

    Optional<Position> locate(Linter.Hit hit) {
        String before = collapse(hit.before());
        String after = collapse(hit.after());
        Position best = null;
        String bestKey = null;
        int bestScore = -1;
        for (SourceFile file : files) {
            Matcher m = hit.rule().pattern().matcher(file.text());
            while (m.find()) {
                String key = file.origin() + "@" + m.start();
                if (used.contains(key)) {
                    continue;
                }
                // Compared as the reader of the YAML sees it: \"on\" in a quoted value is "on".
                String sourceBefore =
                        collapse(
                                unescape(
                                        file.text()
                                                .substring(
                                                        Math.max(0, m.start() - 80), m.start())));
                String sourceAfter =
                        collapse(
                                unescape(
                                        file.text()
                                                .substring(
                                                        m.end(),
                                                        Math.min(
                                                                file.text().length(),
                                                                m.end() + 80))));
                int score = commonSuffix(before, sourceBefore) + commonPrefix(after, sourceAfter);
                if (score > bestScore) {
                    bestScore = score;
                    best = position(file, m.start());
                    bestKey = key;
                }
            }
        }
        if (bestKey != null) {
            used.add(bestKey);
        }
        return Optional.ofNullable(best);
    }

    private static Position position(SourceFile file, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (file.text().charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file.origin(), line, offset - lineStart + 1);
    }

    /** Undoes YAML double-quote escapes ({@code \"}, {@code \\}, {@code \u00e9}, ...). */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            int hex = next == 'u' ? 4 : next == 'x' ? 2 : next == 'U' ? 8 : 0;
            if (hex > 0 && i + hex < s.length()) {
                try {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + hex), 16));
                    i += hex;
                    continue;
                } catch (IllegalArgumentException notHex) {
                    // not an escape after all: keep the letter
                }
            }
            out.append(next == 'n' || next == 't' || next == 'r' ? ' ' : next);
        }
        return out.toString();
    }

    /**
     * White space as one space, and typographic punctuation as typed: the letter prints “on” where
     * the file says "on", and the two must still agree.
     */
    private static String collapse(String s) {
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> plain.append('"');
                case '\u2018', '\u2019', '\u201a' -> plain.append('\'');
                case '\u2013' -> plain.append('-');
                case '\u2026' -> plain.append("...");
                case '\u00a0', '\u202f' -> plain.append(' ');
                default -> plain.append(c);
            }
        }
        return plain.toString().replaceAll("\\s+", " ").replace("\" ", "\"").replace(" \"", "\"");
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length()
                && n < b.length()
                && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
