package org.advocate.load;

import java.util.Set;

/** What the letter loader needs to know of the library to check names as it reads them. */
public interface Catalog {
    /** Returns every argument id the library has. */
    Set<String> argumentIds();

    /** Returns every template name the library has. */
    Set<String> templateNames();
}
