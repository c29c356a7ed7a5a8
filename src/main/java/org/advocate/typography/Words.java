package org.advocate.typography;

import java.util.BitSet;

/** What characters and runs of them are: words, spaces, number ranges, addresses. */
final class Words {
    private Words() {}

    /** Whether two numbers read as a range: ascending, or a later year abbreviated (1990-95). */
    static boolean isRange(String first, String second) {
        int a = first.length();
        int b = second.length();
        if (a == 0 || b == 0 || a > 4 || b > 4 || b > 1 && second.charAt(0) == '0') {
            return false;
        }
        int x = Integer.parseInt(first);
        int y = Integer.parseInt(second);
        if (a == 4 && b == 4) {
            return x < y;
        }
        if (a == 4 && b == 2) {
            return y > x % 100;
        }
        return a <= 3 && b <= 3 && x < y;
    }

    /** A word holding a web address ({@code ://}, {@code www.}) or an e-mail address. */
    static boolean isAddress(String word) {
        if (word.contains("://") || word.contains("www.")) {
            return true;
        }
        int at = word.indexOf('@');
        return at > 0 && word.indexOf('.', at) > at + 1;
    }

    static boolean isStop(char c) {
        return ".,;:!?)]".indexOf(c) >= 0;
    }

    static boolean isWord(char c) {
        return c == Typography.OPAQUE || Character.isLetterOrDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c != 0
                && (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** Whether a word has an '@' or a '.', without which it holds no address. */
    private static boolean mayBeAddress(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '@' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /** Marks web and e-mail addresses as fixed: each whole word holding one. */
    static void protectAddresses(CharSequence text, BitSet fixed) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start
                    && mayBeAddress(text, start, i)
                    && isAddress(text.subSequence(start, i).toString())) {
                fixed.set(start, i);
            }
        }
    }
}
