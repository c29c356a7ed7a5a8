package freemarker.core;

import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out how long the result of a string built-in will be, without making it: counting is cheap,
 * and the result may be far too large to make.
 */
final class Strings {
    private Strings() {}

    /** Characters whose case mapping changes their length or depends on their neighbours. */
    private static final class SpecialCase {
        static final BitSet CHARS = find();

        private static BitSet find() {
            BitSet chars = new BitSet(0x10000);
            Locale[] locales = {
                Locale.ROOT, Locale.forLanguageTag("tr"), Locale.forLanguageTag("lt")
            };
            for (char c = 0; c < 0xFFFF; c++) {
                if (Character.isSurrogate(c)) {
                    continue;
                }
                String one = String.valueOf(c);
                for (Locale locale : locales) {
                    if (one.toUpperCase(locale).length() != 1
                            || one.toLowerCase(locale).length() != 1) {
                        chars.set(c);
                    }
                }
            }
            chars.set('\u0307'); // combining dot above: kept or dropped, by the letter before it
            return chars;
        }
    }

    /**
     * How long the JDK takes to change the case of {@code s}, in steps: each character that grows
     * ({@code ß} to {@code SS}) copies the result so far, and each capital sigma looks through its
     * word to tell whether it ends it.
     */
    static long caseMappingCost(String s) {
        long growing = 0;
        long sigmas = 0;
        int word = 0;
        int longestWord = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                word = 0;
                continue;
            }
            longestWord = Math.max(longestWord, ++word);
            if (c == '\u03A3') {
                sigmas++;
            } else if (c >= 0xC0 && SpecialCase.CHARS.get(c)) {
                growing++;
            }
        }
        return growing * s.length() + sigmas * longestWord;
    }

    /**
     * The number of line breaks ({@code \n}, {@code \r} or {@code \r\n}); at least the real one.
     */
    static long lineBreaks(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                n++;
            }
        }
        return n;
    }

    /** The most words {@code s.split("\\s+")} can give. */
    static long words(String s) {
        long n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i)) && (i + 1 == s.length() || !isSpace(s.charAt(i + 1)))) {
                n++;
            }
        }
        return n;
    }

    /** How deep {@code [} and <code>{</code> nest in JSON text, outside its strings. */
    static long jsonNesting(String s) {
        long depth = 0;
        long deepest = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return deepest;
    }

    /** Regular expressions' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The length of {@code ?replace(from, to, flags)} on {@code s}, the way FreeMarker does it;
     * once the count passes {@code limit}, a number over the limit.
     */
    static long replacedLength(String s, String from, String to, long flags, long limit)
            throws TemplateModelException {
        boolean firstOnly = (flags & RegexpHelper.RE_FLAG_FIRST_ONLY) != 0;
        if ((flags & RegexpHelper.RE_FLAG_REGEXP) == 0) {
            boolean ignoreCase = (flags & RegexpHelper.RE_FLAG_CASE_INSENSITIVE) != 0;
            return literalReplacedLength(s, from, to, ignoreCase, firstOnly, limit);
        }
        Pattern pattern = RegexpHelper.getPattern(from, (int) flags);
        Matcher matcher = pattern.matcher(s);
        Replacement replacement = null; // read at the first match, as Matcher does
        long length = 0;
        int last = 0;
        while (matcher.find()) {
            ResourceBounds.checkInterrupted();
            if (replacement == null) {
                replacement = new Replacement(to, matcher.groupCount());
            }
            length += matcher.start() - last + replacement.length(matcher);
            last = matcher.end();
            if (firstOnly || length > limit) {
                break;
            }
        }
        return length + s.length() - last;
    }

    /** As {@code StringUtil.replace(text, from, to, ignoreCase, firstOnly)} counts. */
    private static long literalReplacedLength(
            String text,
            String from,
            String to,
            boolean ignoreCase,
            boolean firstOnly,
            long limit) {
        if (from.isEmpty()) {
            if (to.isEmpty()) {
                return text.length();
            }
            return firstOnly
                    ? (long) to.length() + text.length()
                    : text.length() + (text.length() + 1L) * to.length();
        }
        String sub = ignoreCase ? from.toLowerCase() : from;
        String input = ignoreCase ? text.toLowerCase() : text;
        int e = input.indexOf(sub);
        if (e == -1) {
            return text.length();
        }
        long length = 0;
        int b = 0;
        do {
            length += e - b + to.length();
            b = e + from.length();
            e = input.indexOf(sub, b);
        } while (e != -1 && !firstOnly && length <= limit);
        return length + Math.max(0, text.length() - b);
    }

    /**
     * A replacement string as {@link Matcher#appendReplacement} reads it: literal characters,
     * {@code \x} escapes, and {@code $n} or {@code ${name}} group references.
     */
    private static final class Replacement {
        private final long literal;
        private final List<Object> groups = new ArrayList<>();

        Replacement(String r, int groupCount) {
            long chars = 0;
            int i = 0;
            while (i < r.length()) {
                char c = r.charAt(i);
                if (c == '\\') {
                    if (++i == r.length()) {
                        throw new IllegalArgumentException("character to be escaped is missing");
                    }
                    chars++;
                    i++;
                } else if (c == '$') {
                    if (++i == r.length()) {
                        throw new IllegalArgumentException(
                                "Illegal group reference: group index is missing");
                    }
                    if (r.charAt(i) == '{') {
                        int end = r.indexOf('}', ++i);
                        if (end < 0) {
                            throw new IllegalArgumentException(
                                    "named capturing group is missing trailing '}'");
                        }
                        groups.add(r.substring(i, end));
                        i = end + 1;
                    } else {
                        int ref = r.charAt(i) - '0';
                        if (ref < 0 || ref > 9) {
                            throw new IllegalArgumentException("Illegal group reference");
                        }
                        i++;
                        while (i < r.length()) {
                            int digit = r.charAt(i) - '0';
                            if (digit < 0 || digit > 9 || ref * 10 + digit > groupCount) {
                                break;
                            }
                            ref = ref * 10 + digit;
                            i++;
                        }
                        groups.add(ref);
                    }
                } else {
                    chars++;
                    i++;
                }
            }
            this.literal = chars;
        }

        long length(Matcher m) {
            long length = literal;
            for (Object group : groups) {
                int start = group instanceof Integer n ? m.start(n) : m.start((String) group);
                int end = group instanceof Integer n ? m.end(n) : m.end((String) group);
                if (start != -1 && end != -1) {
                    length += end - start;
                }
            }
            return length;
        }
    }
}
