package org.advocate.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Person;
import org.advocate.model.Recipient;
import org.advocate.model.Source;

/**
 * Converts the records into the plain maps, lists and strings templates see, so no Java object is
 * reachable from a template. Absent optional fields are left out, so {@code x??} tests them and
 * {@code ${x}} fails with a message naming them.
 */
public final class DataModel {
    /** What a letter's fields are made from. */
    private record LetterKey(LocalDate date, Locale locale, String subject, String occasion) {}

    // A batch's letters share their organization and, mostly, their letter fields: each map is
    // made once while its inputs stay the same. The maps are read-only, so letters share them.
    private final LastMade<List<Object>, Map<String, Object>> organizations = new LastMade<>();
    private final LastMade<LetterKey, Map<String, Object>> letterFields = new LastMade<>();

    /** Creates a data model maker; one serves any number of letters and threads. */
    public DataModel() {}

    /**
     * The variables every template and argument body sees: {@code org}, {@code recipient}, {@code
     * letter} and {@code row} (a batch row's cells by header; empty outside a batch). Batch file
     * names are made from the same variables.
     */
    public Map<String, Object> base(Letter letter, Map<String, String> row) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("org", organization(letter));
        model.put("recipient", recipient(letter.recipient()));
        model.put("letter", letterFields(letter));
        model.put("row", row);
        return model;
    }

    private Map<String, Object> organization(Letter letter) {
        return organizations.get(
                List.of(letter.organization(), letter.date()),
                () -> Collections.unmodifiableMap(organization(letter.organization(), letter)));
    }

    private Map<String, Object> letterFields(Letter letter) {
        return letterFields.get(
                new LetterKey(letter.date(), letter.locale(), letter.subject(), letter.occasion()),
                () -> Collections.unmodifiableMap(fieldsOf(letter)));
    }

    static Map<String, Object> organization(Organization org, Letter letter) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", org.name());
        put(m, "shortName", org.shortName());
        put(m, "nameInText", org.nameInText());
        put(m, "founded", org.founded());
        org.experienceYearsOn(letter.date()).ifPresent(years -> m.put("experienceYears", years));
        put(m, "services", org.services());
        m.put("address", org.address());
        put(m, "email", org.email());
        put(m, "phone", org.phone());
        put(m, "website", org.website());
        if (org.signatory() != null) {
            m.put("signatory", person(org.signatory()));
        }
        put(m, "closing", org.closing());
        return m;
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", person.name());
        put(m, "title", person.title());
        return m;
    }

    static Map<String, Object> recipient(Recipient r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", r.name());
        put(m, "honorific", r.honorific());
        put(m, "title", r.title());
        put(m, "organization", r.organization());
        put(m, "organizationInText", r.organizationInText());
        m.put("address", r.address());
        put(m, "salutation", r.salutation());
        put(m, "firstName", r.firstName());
        put(m, "lastName", r.lastName());
        // Lets a language variant of a template put its own greeting in place of the English
        // one the loader makes when the letter writes none.
        m.put("salutationWritten", r.salutationWritten());
        put(m, "district", r.district());
        put(m, "email", r.email());
        return m;
    }

    private static Map<String, Object> fieldsOf(Letter letter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(letter.locale())
                        .format(letter.date()));
        m.put("isoDate", letter.date().toString());
        m.put("year", String.valueOf(letter.date().getYear()));
        put(m, "subject", letter.subject());
        put(m, "occasion", letter.occasion());
        m.put("locale", letter.locale().toLanguageTag());
        m.put("language", letter.locale().getLanguage());
        return m;
    }

    static Map<String, Object> source(int number, Source source, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        put(m, "author", source.author());
        put(m, "title", source.title());
        put(m, "description", source.description());
        put(m, "label", source.label());
        put(m, "kind", source.kind());
        put(m, "date", sourceDate(source.date(), locale));
        put(m, "notBefore", sourceDate(source.notBefore(), locale));
        put(m, "url", source.url());
        return m;
    }

    /** A source's date as the letter's language writes it: 2 September 2020, August 2015, 2015. */
    static String sourceDate(String iso, Locale locale) {
        if (iso == null) {
            return null;
        }
        String[] parts = iso.split("-");
        if (parts.length == 3) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(LocalDate.parse(iso));
        }
        if (parts.length == 2) {
            // Spanish and Portuguese join month and year with "de": agosto de 2015.
            String pattern =
                    List.of("es", "pt").contains(locale.getLanguage())
                            ? "LLLL 'de' yyyy"
                            : "LLLL yyyy";
            return DateTimeFormatter.ofPattern(pattern, locale)
                    .format(java.time.YearMonth.parse(iso));
        }
        return iso;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
