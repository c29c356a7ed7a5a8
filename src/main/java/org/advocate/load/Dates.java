package org.advocate.load;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.advocate.InputException;

/** The date a letter gets when it names none. */
public final class Dates {
    private Dates() {}

    /**
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970, as reproducible builds define it) when set,
     * else today on the clock.
     */
    public static LocalDate defaultDate(Map<String, String> env, Clock clock) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.ofInstant(
                    Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw InputException.of(
                    "SOURCE_DATE_EPOCH",
                    "",
                    "expected whole seconds since 1970-01-01, found '" + epoch + "'");
        }
    }
}
