package org.advocate.load;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.advocate.InputException;
import org.advocate.input.MappingReader;

/** A letter's date: the one it names, checked, or the one it gets when it names none. */
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

    /**
     * Returns the letter's {@code date}, or the default date when it names none or a wrong one
     * (recording the problem).
     *
     * @param r the letter's top-level reader
     */
    static LocalDate read(MappingReader r, LocalDate defaultDate) {
        String text = r.text("date");
        if (text == null) {
            return defaultDate;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            r.problem("date", "expected a date as YYYY-MM-DD, found '" + text + "'");
            return defaultDate;
        }
        // A letter written today or in the past century: anything else is a typo (and would
        // make an organization's founding year, which must not be later, meaningless).
        if (date.getYear() < 1900 || date.getYear() > 2999) {
            r.problem("date", "expected a year from 1900 to 2999, found '" + text + "'");
            return defaultDate;
        }
        return date;
    }
}
