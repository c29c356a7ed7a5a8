package org.advocate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.advocate.input.MappingReader;
import org.advocate.input.Origin;
import org.advocate.input.Suggestions;
import org.advocate.input.YamlNode;

/**
 * Reads the ids of a letter's arguments, from {@code --argument} options or else the letter's
 * {@code arguments} list, checking each is in the library and listed once.
 */
final class ArgumentIds {
    private ArgumentIds() {}

    /**
     * Returns the ids in order, unknown and repeated ones included (each with its problem).
     *
     * @param r the letter's top-level reader
     * @param fromOptions the ids given by {@code --argument}, replacing the letter's when any
     * @param catalog the library's argument ids
     */
    static List<String> read(MappingReader r, List<String> fromOptions, Catalog catalog) {
        List<String> ids;
        List<Origin> origins = new ArrayList<>();
        if (!fromOptions.isEmpty()) {
            r.node("arguments");
            ids = fromOptions;
            for (String id : ids) {
                origins.add(Origin.of("--argument " + id));
            }
        } else {
            ids = r.texts("arguments");
            YamlNode node = r.mapping().get("arguments");
            for (int i = 0; i < ids.size(); i++) {
                origins.add(
                        node instanceof YamlNode.Sequence s && i < s.items().size()
                                ? s.items().get(i).origin()
                                : node != null ? node.origin() : Origin.of("arguments"));
            }
        }
        Set<String> known = catalog.argumentIds();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                r.problemAt(
                        origins.get(i),
                        "arguments",
                        "unknown argument '" + id + "'" + Suggestions.didYouMean(id, known));
            } else if (seen.contains(id)) {
                r.problemAt(origins.get(i), "arguments", "argument '" + id + "' is listed twice");
            }
            seen.add(id);
        }
        return ids;
    }
}
