package org.advocate.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;

/**
 * Flags words spelled the way another variety of English spells them ("labour" in an en-US letter),
 * from the word list {@code style/spelling.yaml} of the library; a user's library folder replaces
 * the built-in list when it has one.
 */
final class SpellingCheck {
    /** The word list, relative to the library root. */
    static final String FILE = "style/spelling.yaml";

    private SpellingCheck() {}

    static void check(
            Library library,
            LetterInput input,
            Letter letter,
            RenderedLetter rendered,
            List<Finding> findings) {
        Map<String, String> words = words(library, letter.locale().toLanguageTag());
        if (words.isEmpty()) {
            return;
        }
        List<TextRule> rules = new ArrayList<>();
        words.forEach(
                (other, ours) ->
                        rules.add(
                                new TextRule(
                                        "spelling",
                                        Pattern.compile(
                                                "\\b" + Pattern.quote(other) + "\\w*",
                                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                                        Severity.WARNING,
                                        "is not " + letter.locale().toLanguageTag() + " spelling",
                                        ours,
                                        null,
                                        true)));
        StyleRules style = new StyleRules(FILE, rules, Integer.MAX_VALUE, 0);
        TermsCheck.check(library, style, input, letter, rendered, findings);
    }

    /** The locale's list: other variety's spelling to this locale's, in file order. */
    static Map<String, String> words(Library library, String tag) {
        Optional<Library.LibraryText> text = library.text(FILE);
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        YamlNode root = StrictYaml.parse(text.get().origin(), text.get().text(), 1);
        if (root instanceof YamlNode.Mapping map && map.get(tag) instanceof YamlNode.Mapping list) {
            MappingReader r = new MappingReader(list, tag, new Problems());
            for (YamlNode.Entry e : list.entries()) {
                String ours = r.text(e.key());
                if (ours != null) {
                    out.put(e.key(), ours);
                }
            }
        }
        return out;
    }
}
