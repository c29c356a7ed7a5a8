package org.advocate.compose;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;
import org.advocate.load.Catalog;
import org.advocate.load.CatalogSnapshot;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.model.Letter;

/**
 * Binds a letter as if the library had every argument it lists, then drops those it lacks: a letter
 * whose only problems are unknown arguments can still be rendered and linted.
 */
final class UnknownArguments {
    private UnknownArguments() {}

    static Optional<Letter> bindWithout(
            Library library, LetterInput input, LetterLoader.Options options, LocalDate date) {
        Set<String> listed = new HashSet<>(library.argumentIds());
        if (input.parse() instanceof YamlNode.Mapping map
                && map.get("arguments") instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Text t) {
                    listed.add(t.value());
                }
            }
        }
        try {
            Letter l = new LetterLoader(languagesOf(library, listed)).load(input, options, date);
            Set<String> known = library.argumentIds();
            return Optional.of(
                    l.withArguments(l.arguments().stream().filter(known::contains).toList()));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /**
     * The library's catalog with extra argument ids accepted; the languages stay the library's, so
     * a letter in the wrong language fails here too rather than rendering mixed.
     */
    private static Catalog languagesOf(Library library, Set<String> listed) {
        CatalogSnapshot names = new CatalogSnapshot(listed, library.templateNames());
        return new Catalog() {
            @Override
            public Set<String> argumentIds() {
                return names.argumentIds();
            }

            @Override
            public Set<String> templateNames() {
                return names.templateNames();
            }

            @Override
            public Set<String> argumentLanguages(String id) {
                return library.argumentLanguages(id);
            }

            @Override
            public Set<String> templateLanguages(String name) {
                return library.templateLanguages(name);
            }
        };
    }
}
