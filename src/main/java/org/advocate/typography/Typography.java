package org.advocate.typography;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds where a text needs typographic punctuation in a language: curly quotation marks and
 * apostrophes, the language's spaces inside guillemets and before {@code ; : ! ?}, an en dash in a
 * number range ({@code 2010-2015}, {@code pp. 3-5}) and the ellipsis for three dots. Words that are
 * web addresses or e-mail addresses are left as written, and so are characters the caller marks as
 * fixed (code, escaped quotation marks).
 *
 * <p>A number range is two numbers of up to four digits joined by a hyphen, standing alone, where
 * the second is larger (or abbreviates a later year: {@code 1990-95}); phone numbers ({@code
 * 555-1234}), ISO dates and identifiers with several hyphens are not ranges. The rules are
 * deterministic and look only at the text, so the same text always gets the same result.
 */
public final class Typography {
    /** Stands for an inline element with no text of its own (code): a word, never changed. */
    public static final char OPAQUE = '\ufffc';

    private static final char NONE = 0;
    private static final String OPENING = "([{<\u2014\u2013-/\u201c\u2018\u00ab\u201e\u201a";
    private static final String QUOTES = "\"'\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e\u201a";
    private static final String CLOSING = ")]}\u00bb\u201d\u2019\u201c\"'";

    private final CharSequence text;
    private final BitSet fixed;
    private final Punctuation rules;
    private final boolean[] taken;
    private final List<Edit> edits = new ArrayList<>();
    private boolean doubleOpen;
    private int singleOpen;

    private Typography(CharSequence text, BitSet fixed, Punctuation rules) {
        this.text = text;
        this.fixed = (BitSet) fixed.clone();
        this.rules = rules;
        this.taken = new boolean[text.length()];
        Words.protectAddresses(text, this.fixed);
    }

    /** Returns a text with the typographic punctuation of a locale's language. */
    public static String apply(String text, Locale locale) {
        return apply(text, edits(text, new BitSet(), Punctuation.of(locale)));
    }

    /**
     * Returns the edits that give a text its typographic punctuation, in order and not overlapping.
     *
     * @param text the text as a reader sees it ({@link #OPAQUE} for code and the like)
     * @param fixed characters to leave as they are
     * @param rules the language's rules
     */
    public static List<Edit> edits(CharSequence text, BitSet fixed, Punctuation rules) {
        Typography t = new Typography(text, fixed, rules);
        t.run();
        t.edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(t.edits);
    }

    /** Applies edits (in order, not overlapping) to a text. */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + edits.size());
        int at = 0;
        for (Edit e : edits) {
            out.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private void run() {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (fixed.get(i) || taken[i]) {
                continue;
            }
            switch (text.charAt(i)) {
                case '"' -> doubleQuote(i);
                case '\'' -> singleQuote(i);
                case '\u00ab' -> guillemet(i, true);
                case '\u00bb' -> guillemet(i, false);
                case ';', '!', '?', ':' -> spaceBefore(i);
                case '.' -> ellipsis(i);
                case '-' -> range(i);
                default -> {}
            }
        }
    }

    private void doubleQuote(int i) {
        char prev = at(i - 1);
        char next = at(i + 1);
        boolean opening = opening(prev);
        boolean spaced = !rules.quoteSpace().isEmpty() && next != '\n'; // " texte " in French
        if (opening && next != NONE && (!Words.isSpace(next) || spaced && !doubleOpen)) {
            open(i);
        } else if (!opening) {
            if (doubleOpen || !Words.isWord(next)) {
                close(i);
            } else {
                open(i);
            }
        } else if (doubleOpen
                && Words.isSpace(prev)
                && (next == NONE || Words.isSpace(next) || Words.isStop(next))) {
            close(i); // « texte » typed as " texte "
        }
    }

    private void open(int i) {
        doubleOpen = true;
        if (!rules.quoteSpace().isEmpty() && Words.isSpace(at(i + 1)) && editable(i + 1)) {
            edit(i, rules.open());
            respace(i + 1, rules.quoteSpace());
        } else {
            edit(i, rules.open() + rules.quoteSpace());
        }
    }

    private void close(int i) {
        doubleOpen = false;
        if (!rules.quoteSpace().isEmpty() && Words.isSpace(at(i - 1)) && editable(i - 1)) {
            respace(i - 1, rules.quoteSpace());
            edit(i, rules.close());
        } else {
            edit(i, rules.quoteSpace() + rules.close());
        }
    }

    private void singleQuote(int i) {
        char prev = at(i - 1);
        char next = at(i + 1);
        if (Words.isWord(prev) && Words.isWord(next)) {
            edit(i, "\u2019"); // an apostrophe: don't, l'accord, O'Brien
        } else if (opening(prev) && yearAbbreviation(i + 1)) {
            edit(i, "\u2019"); // the '90s
        } else if (opening(prev)) {
            if (next != NONE && !Words.isSpace(next)) {
                singleOpen++;
                edit(i, rules.innerOpen());
            }
        } else if (singleOpen > 0) {
            singleOpen--;
            edit(i, rules.innerClose());
        } else {
            edit(i, "\u2019"); // the workers' rights
        }
    }

    /** Literal guillemets get the language's space inside them. */
    private void guillemet(int i, boolean opening) {
        String space = rules.quoteSpace();
        if (space.isEmpty() || !rules.open().equals("\u00ab")) {
            return;
        }
        int inside = opening ? i + 1 : i - 1;
        char c = at(inside);
        if (Words.isSpace(c)) {
            if (editable(inside) && c != '\n') {
                respace(inside, space);
            }
        } else if (c != NONE) {
            edit(i, opening ? "\u00ab" + space : space + "\u00bb");
        }
    }

    private void spaceBefore(int i) {
        char c = text.charAt(i);
        String space = rules.spaceBefore(c);
        if (space.isEmpty()) {
            return;
        }
        char prev = now(i - 1);
        char next = at(i + 1);
        if (Words.isSpace(prev) && prev != '\n') {
            if (editable(i - 1)) {
                respace(i - 1, space);
            }
            return;
        }
        boolean after =
                Words.isWord(prev) || (CLOSING.indexOf(prev) >= 0 && prev != '"' && prev != '\'');
        boolean ends =
                next == NONE
                        || Words.isSpace(next)
                        || QUOTES.indexOf(next) >= 0
                        || (c != ':' && "!?)".indexOf(next) >= 0);
        if (after && ends) {
            edit(i, space + c);
        }
    }

    private void ellipsis(int i) {
        if (at(i - 1) == '.' || at(i + 1) != '.' || at(i + 2) != '.' || at(i + 3) == '.') {
            return;
        }
        if (editable(i + 1) && editable(i + 2)) {
            taken[i + 1] = true;
            taken[i + 2] = true;
            taken[i] = true;
            edits.add(new Edit(i, i + 3, "\u2026"));
        }
    }

    private void range(int i) {
        int start = i;
        while (start > 0 && Words.isDigit(text.charAt(start - 1)) && i - start < 5) {
            start--;
        }
        int end = i + 1;
        while (end < text.length() && Words.isDigit(text.charAt(end)) && end - i < 6) {
            end++;
        }
        String first = text.subSequence(start, i).toString();
        String second = text.subSequence(i + 1, end).toString();
        char before = at(start - 1);
        char after = at(end);
        boolean alone =
                (before == NONE
                                || Words.isSpace(before)
                                || (OPENING.indexOf(before) >= 0 && before != '-')
                                || before == '"'
                                || before == '\'')
                        && (after == NONE
                                || Words.isSpace(after)
                                || CLOSING.indexOf(after) >= 0
                                || ".,;:!?".indexOf(after) >= 0 && !Words.isDigit(at(end + 1)));
        if (alone && Words.isRange(first, second) && none(start, end)) {
            edit(i, "\u2013");
        }
    }

    /** '90s: two digits and then no digit. */
    private boolean yearAbbreviation(int i) {
        return Words.isDigit(at(i))
                        && Words.isDigit(at(i + 1))
                        && !Words.isDigit(at(i + 2))
                        && !Words.isWord(at(i + 2))
                || Words.isDigit(at(i)) && Words.isDigit(at(i + 1)) && at(i + 2) == 's';
    }

    /** Whether no character from start to end (exclusive) is fixed. */
    private boolean none(int start, int end) {
        for (int k = start; k < end; k++) {
            if (fixed.get(k)) {
                return false;
            }
        }
        return true;
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

    private void edit(int i, String replacement) {
        taken[i] = true;
        edits.add(new Edit(i, i + 1, replacement));
    }

    private void respace(int i, String space) {
        taken[i] = true;
        if (!space.equals(String.valueOf(text.charAt(i)))) {
            edits.add(new Edit(i, i + 1, space));
        }
    }

    private boolean editable(int i) {
        return i >= 0 && i < text.length() && !fixed.get(i) && !taken[i];
    }

    private char at(int i) {
        return i < 0 || i >= text.length() ? NONE : text.charAt(i);
    }

    private static boolean opening(char prev) {
        return prev == NONE || Words.isSpace(prev) || OPENING.indexOf(prev) >= 0;
    }
}
