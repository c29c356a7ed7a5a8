package org.advocate.output.pdf;

import java.util.Locale;
import java.util.Set;

/** Paper sizes for page-based formats. */
public enum Paper {
    /** US Letter, 8.5 × 11 in. */
    LETTER,
    /** ISO A4, 210 × 297 mm. */
    A4;

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO");

    /** The paper people use where the locale's country is: Letter in North America, else A4. */
    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
