package org.advocate.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Yes/no answers as people type them in forms and spreadsheets. */
final class Answers {
    private static final Set<String> YES =
            Set.of("yes", "y", "true", "1", "x", "oui", "sí", "si", "ja");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "nein");

    private Answers() {}

    /** Returns true for yes, false for no, empty for anything else (including blank). */
    static Optional<Boolean> yesNo(String text) {
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return Optional.of(true);
        }
        if (NO.contains(answer)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
