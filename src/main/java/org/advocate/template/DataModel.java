package org.advocate.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.model.CarbonCopy;
import org.advocate.model.Letter;
import org.advocate.model.LetterParts;
import org.advocate.model.Organization;
import org.advocate.model.Person;
import org.advocate.model.Recipient;
import org.advocate.model.Signer;
import org.advocate.model.Source;

/**
 * Converts the records into the plain maps, lists and strings templates see, so no Java object is
 * reachable from a template. Absent optional fields are left out, so {@code x??} tests them and
 * {@code ${x}} fails with a message naming them.
 */
public final class DataModel {
    /** What a letter's fields are made from. */
    private record LetterKey(
            LocalDate date,
            Locale locale,
            String subject,
            String occasion,
            LetterParts parts,
            Person signatory) {}

    // A batch's letters share their organization and, mostly, their letter fields: each map is
    // made once while its inputs stay the same. The maps are read-only, so letters share them.
    private final LastMade<List<Object>, Map<String, Object>> organizations = new LastMade<>();
    private final LastMade<LetterKey, Map<String, Object>> letterFields = new LastMade<>();

    /** Whether merged values are marked for a proof ({@link MarkedText}). */
    private final boolean proof;

    /** Creates a data model maker; one serves any number of letters and threads. */
    public DataModel() {
        this(false);
    }

    /**
     * Creates a data model maker that, for a proof, gives every value merged from the user's data
     * (organization, recipient, the letter's subject and occasion, a row's cells) as {@link
     * MarkedText}, so that it prints marked wherever a template puts it.
     */
    public DataModel(boolean proof) {
        this.proof = proof;
    }

    /**
     * The variables every template and argument body sees: {@code org}, {@code recipient}, {@code
     * letter} and {@code row} (a batch row's cells by header; empty outside a batch). Batch file
     * names are made from the same variables.
     */
    public Map<String, Object> base(Letter letter, Map<String, String> row) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("org", organization(letter));
        model.put("recipient", marked(recipient(letter.recipient(), letter)));
        model.put("letter", letterFields(letter));
        model.put("row", marked(row));
        return model;
    }

    /** For a proof, the value with every text in it marked as merged; else the value. */
    @SuppressWarnings("unchecked")
    <T> T marked(T value) {
        return proof ? (T) mark(value) : value;
    }

    private static Object mark(Object value) {
        if (value instanceof String s) {
            return MarkedText.value(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, mark(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DataModel::mark).toList();
        }
        return value;
    }

    private Map<String, Object> organization(Letter letter) {
        return organizations.get(
                List.of(letter.organization(), letter.date()),
                () ->
                        marked(
                                Collections.unmodifiableMap(
                                        organization(letter.organization(), letter))));
    }

    private Map<String, Object> letterFields(Letter letter) {
        return letterFields.get(
                new LetterKey(
                        letter.date(),
                        letter.locale(),
                        letter.subject(),
                        letter.occasion(),
                        letter.parts(),
                        letter.organization() == null ? null : letter.organization().signatory()),
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

    static Map<String, Object> recipient(Recipient r, Letter letter) {
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
        put(m, "country", r.country());
        put(m, "countryLine", countryLine(r.country(), letter));
        put(m, "email", r.email());
        return m;
    }

    /**
     * The last line of an address abroad: the recipient's country in capitals, as the post asks,
     * when the organization gives its own country and it is another one (or gives none); else null.
     */
    static String countryLine(String country, Letter letter) {
        if (country == null) {
            return null;
        }
        Organization org = letter.organization();
        String home = org == null ? null : org.country();
        if (home != null && home.strip().equalsIgnoreCase(country.strip())) {
            return null;
        }
        return country.strip().toUpperCase(letter.locale());
    }

    private Map<String, Object> fieldsOf(Letter letter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(letter.locale())
                        .format(letter.date()));
        m.put("isoDate", letter.date().toString());
        m.put("year", String.valueOf(letter.date().getYear()));
        putText(m, "subject", letter.subject());
        putText(m, "occasion", letter.occasion());
        m.put("locale", letter.locale().toLanguageTag());
        m.put("language", letter.locale().getLanguage());
        parts(letter, m);
        return m;
    }

    /** The letter's optional parts: signers, cc, enclosures, references, reply-by date, place. */
    private static void parts(Letter letter, Map<String, Object> m) {
        LetterParts parts = letter.parts();
        List<Map<String, Object>> signers = new ArrayList<>();
        for (Signer s : parts.signers()) {
            Map<String, Object> signer = new LinkedHashMap<>();
            put(signer, "name", s.name());
            put(signer, "title", s.title());
            put(signer, "organization", s.organization());
            signers.add(Collections.unmodifiableMap(signer));
        }
        m.put("signers", List.copyOf(signers));
        put(m, "onBehalfOf", parts.onBehalfOf());
        List<Map<String, Object>> cc = new ArrayList<>();
        for (CarbonCopy c : parts.cc()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            put(copy, "name", c.name());
            put(copy, "email", c.email());
            cc.add(Collections.unmodifiableMap(copy));
        }
        m.put("cc", List.copyOf(cc));
        m.put("enclosures", parts.enclosures());
        put(m, "ourReference", parts.ourReference());
        put(m, "yourReference", parts.yourReference());
        if (parts.replyBy() != null) {
            m.put(
                    "replyBy",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(letter.locale())
                            .format(parts.replyBy()));
        }
        put(m, "place", parts.place());
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

    /** A merged text: marked for a proof. */
    private void putText(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, marked(value));
        }
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
