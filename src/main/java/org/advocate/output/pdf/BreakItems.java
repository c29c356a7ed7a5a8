package org.advocate.output.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a paragraph's runs into the line breaker's items: words into boxes, spaces into glue, and
 * the places a word may break into penalties. Words break after their own hyphens and where the
 * language's patterns allow, except the last word before a forced break or the paragraph's end,
 * addresses (which break only after a slash, without a hyphen) and runs that forbid hyphenation.
 * One use per paragraph.
 */
final class BreakItems {
    /** How far a word space may stretch at ratio 1, as a share of its width. */
    static final float STRETCH = 0.5f;

    private static final int MIN_HYPHENATED_WORD = Hyphenation.LEFT_MIN + Hyphenation.RIGHT_MIN;

    private final Hyphenation hyphenation;

    /** A word: one or more runs' text with no space between them (e.g. a word and its marker). */
    private record Word(List<TextRun> parts) {}

    private final List<TextRun> runs;
    private final List<Object> tokens = new ArrayList<>(); // Word, Space or TextRun (a break)
    private final List<BreakItem> items = new ArrayList<>();

    /**
     * @param runs the paragraph's text
     * @param hyphenation the language's hyphenation, or null for none
     */
    BreakItems(List<TextRun> runs, Hyphenation hyphenation) {
        this.runs = runs;
        this.hyphenation = hyphenation;
    }

    List<BreakItem> build() {
        List<TextRun> word = new ArrayList<>();
        for (TextRun run : runs) {
            if (run.isForcedBreak()) {
                endWord(word);
                tokens.add(run);
                continue;
            }
            String t = run.text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || t.charAt(i) == ' ') {
                    if (i > start) {
                        word.add(run.withText(t.substring(start, i)));
                    }
                    if (i < t.length()) {
                        endWord(word);
                        tokens.add(new Space(run));
                    }
                    start = i + 1;
                }
            }
        }
        endWord(word);
        TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        for (int i = 0; i < tokens.size(); i++) {
            Object token = tokens.get(i);
            if (token instanceof Word w) {
                emitWord(w, !isLastWord(i));
            } else if (token instanceof Space s) {
                boolean afterBox =
                        !items.isEmpty()
                                && items.get(items.size() - 1).kind() == BreakItem.Kind.BOX;
                if (afterBox && nextIsWord(i)) {
                    items.add(BreakItem.glue(s.run(), STRETCH));
                }
            } else if (token instanceof TextRun forced) {
                items.add(BreakItem.finishing(forced));
                items.add(BreakItem.forced(forced));
            }
        }
        if (last != null && (items.isEmpty() || !items.get(items.size() - 1).isForced())) {
            items.add(BreakItem.finishing(last));
            items.add(BreakItem.forced(last));
        }
        boolean breakable = false;
        for (int i = items.size() - 1; i >= 0; i--) {
            BreakItem it = items.get(i);
            if (it.kind() == BreakItem.Kind.GLUE) {
                if (!breakable && !it.finishing()) {
                    items.set(i, it.markedBeforeUnbreakable());
                }
                breakable = false;
            } else if (it.pattern()) {
                breakable = true;
            }
        }
        return items;
    }

    private record Space(TextRun run) {}

    private void endWord(List<TextRun> word) {
        if (!word.isEmpty()) {
            tokens.add(new Word(List.copyOf(word)));
            word.clear();
        }
    }

    private boolean isLastWord(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Word) {
                return false;
            }
            if (tokens.get(i) instanceof TextRun) {
                return true;
            }
        }
        return true;
    }

    private boolean nextIsWord(int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Word) {
                return true;
            }
            if (tokens.get(i) instanceof TextRun) {
                return false;
            }
        }
        return false;
    }

    private void emitWord(Word word, boolean mayHyphenate) {
        String whole = String.join("", word.parts().stream().map(TextRun::text).toList());
        boolean address = whole.contains("://") || whole.contains("@") || whole.startsWith("www.");
        for (TextRun part : word.parts()) {
            if (address) {
                emitAddress(part);
            } else if (mayHyphenate && part.hyphenate() && part.rise() == 0f) {
                emitHyphenated(part);
            } else {
                items.add(BreakItem.box(part, part.text()));
            }
        }
    }

    /** An address breaks only after a slash (never within "//"), and takes no hyphen. */
    private void emitAddress(TextRun part) {
        String t = part.text();
        int from = 0;
        for (int i = 0; i < t.length() - 1; i++) {
            if (t.charAt(i) == '/'
                    && t.charAt(i + 1) != '/'
                    && (i == 0 || t.charAt(i - 1) != '/')) {
                items.add(BreakItem.box(part, t.substring(from, i + 1)));
                items.add(BreakItem.afterSlash(part));
                from = i + 1;
            }
        }
        items.add(BreakItem.box(part, t.substring(from)));
    }

    /** A word with breaks after its own hyphens and where the patterns allow. */
    private void emitHyphenated(TextRun part) {
        String t = part.text();
        int from = 0;
        for (int i = 1; i < t.length() - 1; i++) {
            if (t.charAt(i) == '-'
                    && Character.isLetter(t.charAt(i - 1))
                    && Character.isLetter(t.charAt(i + 1))) {
                emitSegment(part, t.substring(from, i + 1));
                items.add(BreakItem.afterHyphen(part));
                from = i + 1;
            }
        }
        emitSegment(part, t.substring(from));
    }

    private void emitSegment(TextRun part, String segment) {
        int start = 0;
        while (start < segment.length() && !Character.isLetter(segment.charAt(start))) {
            start++;
        }
        int end = segment.length();
        while (end > start && !Character.isLetter(segment.charAt(end - 1))) {
            end--;
        }
        String core = segment.substring(start, end);
        int[] at =
                hyphenation == null || core.length() < MIN_HYPHENATED_WORD || !isWord(core)
                        ? new int[0]
                        : hyphenation.points(core);
        int from = 0;
        for (int p : at) {
            items.add(BreakItem.box(part, segment.substring(from, start + p)));
            items.add(BreakItem.hyphen(part));
            from = start + p;
        }
        items.add(BreakItem.box(part, segment.substring(from)));
    }

    private static boolean isWord(String core) {
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }
}
