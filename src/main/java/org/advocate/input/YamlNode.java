package org.advocate.input;

import java.util.ArrayList;
import java.util.List;

/** A YAML value as the user wrote it: every scalar is kept as text, every node knows its origin. */
public sealed interface YamlNode permits YamlNode.Text, YamlNode.Mapping, YamlNode.Sequence {

    /** Where this node starts. */
    Origin origin();

    /** A short name of the node's kind for messages: "text", "mapping" or "list". */
    String kind();

    /**
     * A scalar, exactly as written.
     *
     * @param value the text
     * @param empty true for a plain scalar with nothing written, which means "not given"
     */
    record Text(String value, boolean empty, Origin origin) implements YamlNode {
        @Override
        public String kind() {
            return "text";
        }

        /** Whether it says nothing: no value, or only spaces. Such a field counts as not given. */
        public boolean blank() {
            return empty || value.isBlank();
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, Origin origin) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** A mapping with text keys, in the order written. */
    record Mapping(List<Entry> entries, Origin origin) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "mapping";
        }

        /** Returns the entry with this key, or null. */
        public Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        /** Returns the value of this key, or null. */
        public YamlNode get(String key) {
            Entry entry = entry(key);
            return entry == null ? null : entry.value();
        }

        /** Returns a copy with the key set to the value, replacing or appending. */
        public Mapping with(String key, Origin keyOrigin, YamlNode value) {
            List<Entry> copy = new ArrayList<>(entries);
            Entry replacement = new Entry(key, keyOrigin, value);
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).key().equals(key)) {
                    copy.set(i, replacement);
                    return new Mapping(copy, origin);
                }
            }
            copy.add(replacement);
            return new Mapping(copy, origin);
        }
    }

    /** One key and its value. */
    record Entry(String key, Origin keyOrigin, YamlNode value) {}
}
