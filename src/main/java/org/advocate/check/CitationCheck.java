package org.advocate.check;

import java.util.List;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.model.Source;

/** Flags arguments printed without their sources (a template with no source list). */
final class CitationCheck {
    private CitationCheck() {}

    static void check(
            Library library,
            LetterInput input,
            Letter letter,
            RenderedLetter rendered,
            List<Finding> findings) {
        String plain = Linter.unescape(rendered.markdown().replace("\\\n", "\n"));
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter);
            for (Source source : argument.sources()) {
                if (letter.organization().wrote(source)) {
                    continue; // the sender's own view: never listed as a source
                }
                if (!plain.contains(source.label())) {
                    findings.add(
                            Finding.at(
                                    argumentOrigin(input, id),
                                    Severity.WARNING,
                                    "unsourced",
                                    "argument '"
                                            + id
                                            + "' is printed without its source '"
                                            + source.label()
                                            + "' (the template has no source list?)"));
                }
            }
        }
    }

    /** Where the letter file lists an argument: the position its YAML parse recorded. */
    static String argumentOrigin(LetterInput input, String id) {
        if (input.parse() instanceof YamlNode.Mapping map
                && map.get("arguments") instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Text text && text.value().equals(id)) {
                    return text.origin().toString();
                }
            }
        }
        return input.origin();
    }
}
