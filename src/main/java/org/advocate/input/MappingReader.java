package org.advocate.input;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping into typed values, recording a problem (with origin and
 * dotted field path) for every missing, mistyped or unknown field instead of stopping at the first.
 */
public final class MappingReader {
    private final YamlNode.Mapping mapping;
    private final String prefix;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    /**
     * @param mapping the mapping to read
     * @param prefix the dotted path of this mapping, e.g. "recipient", or "" at the top
     * @param problems where problems go
     */
    public MappingReader(YamlNode.Mapping mapping, String prefix, Problems problems) {
        this.mapping = mapping;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Returns the dotted path of a field of this mapping. */
    public String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Returns the mapping being read. */
    public YamlNode.Mapping mapping() {
        return mapping;
    }

    /** Returns the raw node of a field, or null when absent or empty; marks the field known. */
    public YamlNode node(String key) {
        known.add(key);
        YamlNode node = mapping.get(key);
        if (node instanceof YamlNode.Text text && text.empty()) {
            return null;
        }
        return node;
    }

    /**
     * Returns a one-line text field, or null when absent: a line break in it is a problem ({@link
     * TextRules#checkLine}). Blank text ({@code ""}, spaces, an empty {@code --set} or cell) counts
     * as absent, as an empty YAML value does: a recipient named " " is no more named than one
     * without a name.
     */
    public String text(String key) {
        return text(key, true);
    }

    /**
     * Returns a Markdown field, which may span lines (a letter's own paragraph), or null when
     * absent or blank.
     */
    public String markdown(String key) {
        return text(key, false);
    }

    private String text(String key, boolean oneLine) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Text text)) {
            problems.add(node.origin(), path(key), "expected text, found a " + node.kind());
            return null;
        }
        String value = checked(text, path(key), oneLine);
        return value == null || value.isBlank() ? null : value;
    }

    /** Returns a text field, recording a problem when it is absent. */
    public String requiredText(String key) {
        YamlNode raw = mapping.get(key);
        String value = text(key);
        if (raw == null || raw instanceof YamlNode.Text t && t.blank()) {
            problems.add(mapping.origin(), path(key), "is required");
        }
        return value;
    }

    /** Returns a whole-number field, or null when absent or invalid. */
    public Integer integer(String key, int min, int max) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                mapping.get(key).origin(),
                path(key),
                "expected a whole number from " + min + " to " + max + ", found '" + value + "'");
        return null;
    }

    /**
     * Returns a list of one-line texts; a single text counts as a one-item list; absent is empty.
     */
    public List<String> texts(String key) {
        YamlNode node = node(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node instanceof YamlNode.Text text) {
            String value = checked(text, path(key), true);
            if (value != null) {
                out.add(value);
            }
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(node.origin(), path(key), "expected a list, found a " + node.kind());
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String itemPath = path(key) + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Text text && !text.empty()) {
                String value = checked(text, itemPath, true);
                if (value != null) {
                    out.add(value);
                }
            } else {
                problems.add(item.origin(), itemPath, "expected text, found a " + item.kind());
            }
        }
        return out;
    }

    /** Returns a nested mapping, or null when absent or not a mapping. */
    public YamlNode.Mapping mapping(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Mapping nested) {
            return nested;
        }
        problems.add(node.origin(), path(key), "expected a mapping, found a " + node.kind());
        return null;
    }

    /** Records a problem at a field's position (or the mapping's, when the field is absent). */
    public void problem(String key, String message) {
        YamlNode node = mapping.get(key);
        problems.add(node != null ? node.origin() : mapping.origin(), path(key), message);
    }

    /** Records a problem at a given origin under a field of this mapping. */
    public void problemAt(Origin origin, String key, String message) {
        problems.add(origin, path(key), message);
    }

    /** Records an "unknown field" problem for every key no getter asked for. */
    public void rejectUnknown() {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                problems.add(
                        entry.keyOrigin(),
                        path(entry.key()),
                        "unknown field" + Suggestions.didYouMean(entry.key(), known));
            }
        }
    }

    /** Returns the keys asked for so far, which are the fields this mapping knows. */
    public Set<String> knownFields() {
        return Set.copyOf(known);
    }

    private String checked(YamlNode.Text text, String path, boolean oneLine) {
        String problem =
                oneLine ? TextRules.checkLine(text.value()) : TextRules.check(text.value());
        if (problem != null) {
            problems.add(text.origin(), path, problem);
            return null;
        }
        return text.value();
    }
}
