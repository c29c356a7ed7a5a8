package org.advocate.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;

/**
 * Reads a letter's own Markdown paragraphs, by position ({@link LetterLoader#PARAGRAPH_POSITIONS}).
 */
final class Paragraphs {
    private Paragraphs() {}

    /**
     * Returns the paragraphs by position, in the positions' alphabetical order.
     *
     * @param r the letter's top-level reader
     */
    static Map<String, String> read(MappingReader r, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode.Mapping map = r.mapping("paragraphs");
        if (map == null) {
            return out;
        }
        MappingReader m = new MappingReader(map, "paragraphs", problems);
        for (String position : LetterLoader.PARAGRAPH_POSITIONS.stream().sorted().toList()) {
            String text = m.markdown(position);
            if (text != null) {
                out.put(position, text);
            }
        }
        m.rejectUnknown();
        return out;
    }
}
