package org.advocate.output.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where one language's words may be hyphenated: Liang's algorithm over the TeX hyphenation patterns
 * shipped in {@code org/advocate/output/pdf/hyphenation/} (Knuth's {@code hyphen.tex} for English,
 * the hyph-utf8 files for French, Spanish and Portuguese; each keeps its licence in its header). A
 * break needs at least {@value #LEFT_MIN} letters before it and {@value #RIGHT_MIN} after.
 *
 * <p>Immutable apart from a bounded cache of words already hyphenated, and safe to share between
 * threads. A pattern file that is missing or holds no patterns is an error when the language is
 * loaded, never a silent absence of hyphenation.
 */
public final class Hyphenation {
    /** The fewest letters before a break. */
    public static final int LEFT_MIN = 2;

    /** The fewest letters after a break. */
    public static final int RIGHT_MIN = 3;

    private static final int CACHE_LIMIT = 50_000;
    private static final int[] NONE = new int[0];
    private static final Map<String, String> FILES =
            Map.of(
                    "en",
                    "hyphen.tex",
                    "fr",
                    "hyph-fr.tex",
                    "es",
                    "hyph-es.tex",
                    "pt",
                    "hyph-pt.tex");

    private final String language;
    private final Map<String, byte[]> patterns;
    private final Map<String, int[]> exceptions;
    private final int longestPattern;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private Hyphenation(
            String language, Map<String, byte[]> patterns, Map<String, int[]> exceptions) {
        this.language = language;
        this.patterns = Map.copyOf(patterns);
        this.exceptions = Map.copyOf(exceptions);
        this.longestPattern = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether patterns ship for a language (a BCP 47 language subtag such as "fr"). */
    public static boolean supports(String language) {
        return FILES.containsKey(language);
    }

    /** The languages patterns ship for. */
    public static List<String> languages() {
        return FILES.keySet().stream().sorted().toList();
    }

    /**
     * Loads a language's patterns from the class path.
     *
     * @throws IllegalArgumentException when no patterns ship for the language
     * @throws IllegalStateException when the pattern file is missing or holds no patterns
     */
    public static Hyphenation load(String language) {
        String file = FILES.get(language);
        if (file == null) {
            throw new IllegalArgumentException("no hyphenation patterns for " + language);
        }
        String resource = "org/advocate/output/pdf/hyphenation/" + file;
        String text;
        try (InputStream in = Hyphenation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "hyphenation patterns " + resource + " are missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns " + resource, e);
        }
        Map<String, byte[]> patterns = new HashMap<>();
        for (String token : group(text, "\\patterns{")) {
            StringBuilder letters = new StringBuilder();
            List<Byte> values = new ArrayList<>();
            byte pending = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c >= '0' && c <= '9') {
                    pending = (byte) (c - '0');
                } else {
                    values.add(pending);
                    pending = 0;
                    letters.append(c);
                }
            }
            values.add(pending);
            byte[] v = new byte[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i);
            }
            patterns.put(letters.toString(), v);
        }
        if (patterns.isEmpty()) {
            throw new IllegalStateException(
                    "hyphenation patterns " + resource + " hold no patterns");
        }
        Map<String, int[]> exceptions = new HashMap<>();
        for (String token : group(text, "\\hyphenation{")) {
            List<Integer> at = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) == '-') {
                    at.add(word.length());
                } else {
                    word.append(token.charAt(i));
                }
            }
            exceptions.put(word.toString(), at.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Hyphenation(language, patterns, exceptions);
    }

    /** The language, e.g. "en". */
    public String language() {
        return language;
    }

    /**
     * Where a word may be hyphenated: each position {@code p} means a hyphen may go between the
     * word's characters {@code p - 1} and {@code p}. The word should be letters only (an
     * apostrophe, straight or typographic, may join them, as in French elision).
     *
     * @return the positions in increasing order; empty when the word may not be broken
     */
    public int[] breaks(String word) {
        return points(word).clone();
    }

    /** As {@link #breaks}, the cached array itself: callers must not change it. */
    int[] points(String word) {
        if (word.length() < LEFT_MIN + RIGHT_MIN) {
            return NONE;
        }
        int[] known = cache.get(word);
        if (known != null) {
            return known;
        }
        int[] computed = compute(word);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, computed);
        }
        return computed;
    }

    private int[] compute(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.length() != word.length()) {
            return NONE; // a letter whose lower case is longer: positions would not match
        }
        int[] exception = exceptions.get(lower);
        if (exception != null) {
            return clip(exception, word.length());
        }
        String w = "." + lower + ".";
        int n = w.length();
        byte[] values = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= Math.min(n, i + longestPattern); j++) {
                byte[] v = patterns.get(w.substring(i, j));
                if (v != null) {
                    for (int k = 0; k < v.length; k++) {
                        if (v[k] > values[i + k]) {
                            values[i + k] = v[k];
                        }
                    }
                }
            }
        }
        int count = 0;
        int[] at = new int[word.length()];
        for (int p = LEFT_MIN; p <= word.length() - RIGHT_MIN; p++) {
            // The value between word[p - 1] and word[p] sits at p + 1 of ".word.".
            if ((values[p + 1] & 1) == 1) {
                at[count++] = p;
            }
        }
        return count == 0 ? NONE : java.util.Arrays.copyOf(at, count);
    }

    private static int[] clip(int[] positions, int length) {
        return java.util.Arrays.stream(positions)
                .filter(p -> p >= LEFT_MIN && p <= length - RIGHT_MIN)
                .toArray();
    }

    /** The whitespace-separated tokens of a TeX group such as {@code \patterns{...}}. */
    private static List<String> group(String tex, String opening) {
        List<String> tokens = new ArrayList<>();
        StringBuilder clean = new StringBuilder(tex.length());
        for (String line : tex.split("\n")) {
            int comment = line.indexOf('%');
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        String body = clean.toString();
        int start = body.indexOf(opening);
        if (start < 0) {
            return tokens;
        }
        int end = body.indexOf('}', start + opening.length());
        if (end < 0) {
            throw new IllegalStateException(
                    "unterminated " + opening + "} in hyphenation patterns");
        }
        for (String token : body.substring(start + opening.length(), end).trim().split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
