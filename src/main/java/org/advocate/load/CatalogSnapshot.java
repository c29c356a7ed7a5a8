package org.advocate.load;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog's names read once, for loaders that bind many letters (a batch binds one per row, and
 * listing the library each time would cost more than the letter).
 *
 * @param argumentIds every argument id
 * @param templateNames every template name
 */
public record CatalogSnapshot(Set<String> argumentIds, Set<String> templateNames)
        implements Catalog {

    public CatalogSnapshot {
        argumentIds = Collections.unmodifiableSortedSet(new TreeSet<>(argumentIds));
        templateNames = Collections.unmodifiableSortedSet(new TreeSet<>(templateNames));
    }

    /** Reads a catalog's names now. */
    public static CatalogSnapshot of(Catalog catalog) {
        return new CatalogSnapshot(catalog.argumentIds(), catalog.templateNames());
    }
}
