package org.advocate.load;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog given by its names, e.g. a library's with extra argument ids accepted.
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
}
