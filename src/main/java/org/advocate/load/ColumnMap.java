package org.advocate.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.Problem;
import org.advocate.input.Origin;
import org.advocate.input.Problems;
import org.advocate.input.Suggestions;
import org.advocate.input.TextRules;
import org.advocate.input.YamlNode;

/**
 * The letter file's {@code columns:} mapping: which field a column of a rows or signatories file
 * fills, by the column's header text. For batch rows the field is a dotted letter path such as
 * {@code recipient.name} (a list item takes an index: {@code recipient.address[2]}); for a
 * signatories file it is a signatory field such as {@code organization}.
 */
public final class ColumnMap {
    private static final Pattern TARGET = Pattern.compile("(.+?)(?:\\[([1-9][0-9]{0,2})])?");

    /**
     * One entry.
     *
     * @param header the column's header text
     * @param target the field it fills, as written
     * @param origin where the entry is in the letter file
     */
    public record Entry(String header, String target, Origin origin) {}

    private final Map<String, Entry> byHeader;

    private ColumnMap(Map<String, Entry> byHeader) {
        this.byHeader = byHeader;
    }

    /** No mapping. */
    public static ColumnMap none() {
        return new ColumnMap(Map.of());
    }

    /** Reads the {@code columns:} node (null when absent), recording problems. */
    static ColumnMap read(YamlNode node, Problems problems) {
        if (node == null || node instanceof YamlNode.Text t && t.empty()) {
            return none();
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    node.origin(),
                    "columns",
                    "expected a mapping of \"column header\": field, found a " + node.kind());
            return none();
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String field = "columns." + entry.key();
            if (!(entry.value() instanceof YamlNode.Text text) || text.empty()) {
                problems.add(
                        entry.value().origin(),
                        field,
                        "expected a field name such as recipient.name");
                continue;
            }
            String rule = TextRules.check(entry.key());
            if (rule != null) {
                problems.add(entry.keyOrigin(), field, rule);
                continue;
            }
            String target = text.value().strip();
            Matcher m = TARGET.matcher(target);
            if (!m.matches() || !Overrides.isPath(m.group(1))) {
                problems.add(
                        text.origin(),
                        field,
                        "expected a field name such as recipient.name or recipient.address[1],"
                                + " found '"
                                + target
                                + "'");
                continue;
            }
            out.put(entry.key().strip(), new Entry(entry.key().strip(), target, text.origin()));
        }
        return new ColumnMap(out);
    }

    /**
     * Returns one problem per entry that a file's headers do not have (not even in another case),
     * among the entries {@code relevant} selects: a mapping that matches nothing would leave its
     * field empty without a word, and an unanswered consent column would publish every row.
     *
     * @param headers the file's column headers
     * @param source the file, as named in messages
     * @param relevant which entries this kind of file uses
     */
    public List<Problem> missingFrom(
            Collection<String> headers, String source, Predicate<Entry> relevant) {
        Set<String> present = new HashSet<>();
        headers.forEach(h -> present.add(h.toLowerCase(Locale.ROOT)));
        List<Problem> out = new ArrayList<>();
        for (Entry entry : byHeader.values()) {
            if (relevant.test(entry)
                    && !present.contains(entry.header().toLowerCase(Locale.ROOT))) {
                out.add(
                        new Problem(
                                entry.origin().toString(),
                                "columns",
                                "\""
                                        + entry.header()
                                        + "\" is not a column of "
                                        + source
                                        + Suggestions.didYouMean(entry.header(), headers)
                                        + "; fix the header here or remove the mapping"));
            }
        }
        return out;
    }

    /** Returns the entry for a header: an exact match, else one that differs only in case. */
    public Optional<Entry> forHeader(String header) {
        Entry exact = byHeader.get(header);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Entry entry : byHeader.values()) {
            if (entry.header().toLowerCase(Locale.ROOT).equals(header.toLowerCase(Locale.ROOT))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Splits a target into its path and list index (0 when it names no list item). */
    static Target target(String text) {
        Matcher m = TARGET.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        return new Target(
                List.of(m.group(1).split("\\.")),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /**
     * A parsed target.
     *
     * @param path the dotted path's parts
     * @param index the 1-based list index, or 0
     */
    record Target(List<String> path, int index) {}
}
