package org.advocate.typography;

/** What a run of characters is: a number range, a web or e-mail address. */
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

    /** The character at i as it reads once edited: the last character of its replacement. */
    private char now(int i) {
        if (i < 0 || !taken[i]) {
            return at(i);
        }
        for (int k = edits.size() - 1; k >= 0; k--) {
            Edit e = edits.get(k);
            if (e.start() <= i && i < e.end()) {
                return e.text().charAt(e.text().length() - 1);
            }
        }
        return at(i);
    }
}
