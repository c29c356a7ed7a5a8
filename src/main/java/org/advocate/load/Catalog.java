package org.advocate.load;

import java.util.Set;

/** What the letter loader needs to know of the library to check names as it reads them. */
public interface Catalog {
    /** Returns every argument id the library has. */
    Set<String> argumentIds();

    /** Returns every template name the library has. */
    Set<String> templateNames();

    /**
     * Returns the languages an argument is written in: {@code en} for its untagged file ({@code
     * buyers.md}), then the tag of each variant ({@code fr} for {@code buyers.fr.md}); empty when
     * the catalog does not know, and then no language is checked.
     */
    default Set<String> argumentLanguages(String id) {
        return Set.of();
    }

    /**
     * Returns the languages a template is written in, as {@link #argumentLanguages} does for
     * arguments ({@code en} for {@code support.md.ftl}, {@code fr} for {@code support.fr.md.ftl}).
     */
    default Set<String> templateLanguages(String name) {
        return Set.of();
    }
}
