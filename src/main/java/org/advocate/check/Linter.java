package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.advocate.model.SectionMarkers;

/**
 * Applies text rules to a rendered letter, line by line, on the text a reader sees: Markdown
 * backslash escapes are removed first, HTML comments (section markers) are skipped, and the sources
 * section is left alone (titles of cited works are quoted as published).
 */
final class Linter {
    /**
     * A rule matched in the rendered letter.
     *
     * @param line 1-based line of the rendered Markdown
     * @param text the words matched
     * @param before up to 60 characters of the line before the match
     * @param after up to 60 characters of the line after it
     */
    record Hit(TextRule rule, int line, String text, String before, String after) {}

    private final List<TextRule> rules;

    Linter(List<TextRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Hit> lint(String markdown) {
        List<Hit> hits = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].strip();
            if (raw.startsWith(SectionMarkers.prefix("sources"))) {
                break;
            }
            if (raw.startsWith("<!--")) {
                continue;
            }
            String line = unescape(lines[i]);
            List<int[]> taken = new ArrayList<>();
            for (TextRule rule : rules) {
                Matcher m = rule.pattern().matcher(line);
                while (m.find()) {
                    if (m.end() == m.start()
                            || overlaps(taken, m.start(), m.end())
                            || (rule.exceptQuoted() && quoted(line, m.start()))) {
                        continue;
                    }
                    taken.add(new int[] {m.start(), m.end()});
                    hits.add(
                            new Hit(
                                    rule,
                                    i + 1,
                                    m.group(),
                                    line.substring(Math.max(0, m.start() - 60), m.start()),
                                    line.substring(
                                            m.end(), Math.min(line.length(), m.end() + 60))));
                }
            }
        }
        return hits;
    }

    /** Removes Markdown backslash escapes ("\[name\]" reads "[name]") and hard-break slashes. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
                out.append(line.charAt(++i));
            } else if (c == '\\' && i + 1 == line.length()) {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether a position is inside quotation marks ("...", “...”, «...») on its line. */
    static boolean quoted(String line, int position) {
        int straight = 0;
        int curly = 0;
        int guillemets = 0;
        for (int i = 0; i < position; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '«') {
                guillemets++;
            } else if (c == '»') {
                guillemets = Math.max(0, guillemets - 1);
            }
        }
        return straight % 2 == 1 || curly > 0 || guillemets > 0;
    }
}
