package org.advocate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.advocate.InputException;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;

/**
 * The rules {@code check} applies to the rendered text, read from {@code style/terms.yaml} of the
 * library: a user's library folder replaces the built-in file when it has one.
 *
 * @param origin where the rules were read from
 * @param rules the text rules, in file order (an earlier rule wins where two match the same words)
 * @param maxWords the word count above which a letter is flagged
 * @param maxPages the PDF page count above which a letter is flagged, or 0 for no page check (the
 *     check then typesets the letter, which also finds characters no bundled font can print)
 */
public record StyleRules(String origin, List<TextRule> rules, int maxWords, int maxPages) {
    /** The file, relative to the library root. */
    public static final String FILE = "style/terms.yaml";

    public StyleRules {
        rules = List.copyOf(rules);
    }

    /** The same rules without the page check, for a letter whose PDF was already refused. */
    StyleRules withoutPageLimit() {
        return new StyleRules(origin, rules, maxWords, 0);
    }

    /**
     * Returns the rules of a locale's language ({@code style/terms.fr.yaml} for a French letter),
     * which apply before the rules every letter gets; none when the library has no such file.
     */
    public static List<TextRule> forLanguage(Library library, Locale locale) {
        String file = "style/terms." + locale.getLanguage() + ".yaml";
        return library.text(file).map(t -> parse(t.origin(), t.text()).rules()).orElse(List.of());
    }

    /** Reads the library's rules. */
    public static StyleRules of(Library library) {
        Library.LibraryText text =
                library.text(FILE)
                        .orElseThrow(
                                () -> InputException.of(FILE, "", "the style rules are missing"));
        return parse(text.origin(), text.text());
    }

    /** Parses a rules file. */
    public static StyleRules parse(String origin, String text) {
        YamlNode root = StrictYaml.parse(origin, text, 1);
        if (!(root instanceof YamlNode.Mapping map)) {
            throw InputException.of(root.origin().toString(), "", "expected a mapping");
        }
        Problems problems = new Problems();
        MappingReader r = new MappingReader(map, "", problems);
        Integer maxWords = r.integer("maxWords", 1, 1_000_000);
        Integer maxPages = r.integer("maxPages", 1, 10_000);
        List<TextRule> rules = new ArrayList<>();
        YamlNode list = r.node("rules");
        if (list instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                String path = "rules[" + (i + 1) + "]";
                if (!(seq.items().get(i) instanceof YamlNode.Mapping item)) {
                    problems.add(seq.items().get(i).origin(), path, "expected a mapping");
                    continue;
                }
                TextRule rule = rule(new MappingReader(item, path, problems));
                if (rule != null) {
                    rules.add(rule);
                }
            }
        } else if (list != null) {
            r.problem("rules", "expected a list of rules");
        }
        r.rejectUnknown();
        problems.throwIfAny();
        return new StyleRules(
                origin, rules, maxWords == null ? 1500 : maxWords, maxPages == null ? 0 : maxPages);
    }

    private static TextRule rule(MappingReader m) {
        String id = m.requiredText("id");
        String match = m.requiredText("match");
        String message = m.requiredText("message");
        String severityText = m.text("severity");
        String suggest = m.text("suggest");
        String reference = m.text("reference");
        String quoted = m.text("exceptQuoted");
        m.rejectUnknown();
        Severity severity = Severity.WARNING;
        if (severityText != null) {
            try {
                severity = Severity.valueOf(severityText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                m.problem("severity", "expected error or warning, found '" + severityText + "'");
            }
        }
        boolean exceptQuoted = false;
        if (quoted != null) {
            String answer = quoted.trim().toLowerCase(Locale.ROOT);
            exceptQuoted = List.of("yes", "true").contains(answer);
            if (!exceptQuoted && !List.of("no", "false").contains(answer)) {
                m.problem("exceptQuoted", "expected yes or no, found '" + quoted + "'");
            }
        }
        Pattern pattern = null;
        if (match != null) {
            try {
                pattern = Pattern.compile(match, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                m.problem("match", "not a valid regular expression: " + e.getDescription());
            }
        }
        if (id == null || pattern == null || message == null) {
            return null;
        }
        return new TextRule(id, pattern, severity, message, suggest, reference, exceptQuoted);
    }
}
