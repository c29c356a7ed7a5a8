package org.advocate.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocate.input.YamlNode;

/**
 * Records where each text value of a letter was written (file, line and column; a row's cell; a
 * {@code --set} option), by field path: {@code recipient.name}, {@code recipient.address[1]},
 * {@code organization.signatory.name}. Read from the trees after overrides, so a value a row or
 * option replaced points at the row or option.
 */
final class FieldOrigins {
    private FieldOrigins() {}

    static Map<String, String> of(YamlNode.Mapping letter, YamlNode.Mapping organization) {
        Map<String, String> out = new HashMap<>();
        for (YamlNode.Entry e : letter.entries()) {
            if (!e.key().equals("organization") && !e.key().equals("signatories")) {
                walk(e.value(), e.key(), out);
            }
        }
        if (organization != null) {
            walk(organization, "organization", out);
        }
        return out;
    }

    private static void walk(YamlNode node, String path, Map<String, String> out) {
        switch (node) {
            case YamlNode.Text t -> out.put(path, t.origin().toString());
            case YamlNode.Mapping m -> {
                for (YamlNode.Entry e : m.entries()) {
                    walk(e.value(), path + "." + e.key(), out);
                }
            }
            case YamlNode.Sequence s -> {
                List<YamlNode> items = s.items();
                for (int i = 0; i < items.size(); i++) {
                    walk(items.get(i), path + "[" + (i + 1) + "]", out);
                }
            }
        }
    }
}
