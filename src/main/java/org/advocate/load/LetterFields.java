package org.advocate.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.advocate.input.MappingReader;
import org.advocate.input.Origin;
import org.advocate.input.Problems;
import org.advocate.input.Suggestions;
import org.advocate.input.YamlNode;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;

/**
 * Binds a letter's YAML tree (after overrides and row cells are applied) to a {@link Letter},
 * recording every problem.
 */
final class LetterFields {
    /** The top-level fields of a letter file. */
    static final Set<String> TOP_LEVEL =
            Set.of(
                    "template",
                    "organization",
                    "date",
                    "locale",
                    "recipient",
                    "subject",
                    "occasion",
                    "arguments",
                    "paragraphs",
                    "signatories",
                    "columns",
                    "group");

    private static final Set<String> NAME_SUFFIXES =
            Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "esq.");

    private final Catalog catalog;

    // The parts of a letter a batch row seldom changes, each read once while its nodes stay the
    // same (a row replaces only the nodes it fills). One LetterFields serves one PreparedLetter,
    // so everything else these parts depend on is fixed.
    private final SectionMemo<String> templates = new SectionMemo<>();
    private final SectionMemo<LocalDate> dates = new SectionMemo<>();
    private final SectionMemo<Locale> locales = new SectionMemo<>();
    private final SectionMemo<Organization> organizations = new SectionMemo<>();
    private final SectionMemo<List<String>> argumentLists = new SectionMemo<>();
    private final SectionMemo<Map<String, String>> paragraphMaps = new SectionMemo<>();
    private final SectionMemo<List<Signatory>> signatoryLists = new SectionMemo<>();

    LetterFields(Catalog catalog) {
        this.catalog = catalog;
    }

    Letter bind(
            YamlNode.Mapping map,
            YamlNode.Mapping orgMap,
            String orgPrefix,
            Path orgDir,
            Path dir,
            LetterLoader.Options options,
            SignatoryLoader signatoryLoader,
            ColumnMap columns,
            LocalDate defaultDate,
            Problems problems) {
        MappingReader r = new MappingReader(map, "", problems);
        r.text("library"); // chosen before loading; see LetterInput.topLevelText
        String named = options.template() != null ? options.template() : r.text("template");
        if (options.template() != null) {
            r.node("template");
        }
        String chosen = named != null ? named : "support";
        String template =
                templates.get(
                        nodes(map, "template"),
                        chosen,
                        problems,
                        p ->
                                checkTemplate(
                                        new MappingReader(map, "", p),
                                        chosen,
                                        dir,
                                        options.template() != null));
        LocalDate date =
                dates.get(
                        nodes(map, "date"),
                        defaultDate,
                        problems,
                        p -> date(new MappingReader(map, "", p), defaultDate));
        r.node("date");
        Locale locale =
                locales.get(
                        nodes(map, "locale"),
                        null,
                        problems,
                        p -> locale(new MappingReader(map, "", p)));
        r.node("locale");
        r.node("organization");
        Organization org = null;
        if (orgMap != null) {
            org =
                    organizations.get(
                            new Object[] {orgMap},
                            date,
                            problems,
                            p -> OrganizationLoader.read(orgMap, orgPrefix, orgDir, dir, date, p));
        } else if (map.get("organization") == null && options.organization() == null) {
            r.problem("organization", "is required (a path to organization.yaml, or its fields)");
        }
        Recipient recipient = recipient(r, problems);
        String subject = r.text("subject");
        String occasion = r.text("occasion");
        List<String> arguments =
                argumentLists.get(
                        nodes(map, "arguments"),
                        null,
                        problems,
                        p ->
                                List.copyOf(
                                        arguments(
                                                new MappingReader(map, "", p),
                                                options.arguments())));
        r.node("arguments");
        Map<String, String> paragraphs =
                paragraphMaps.get(
                        nodes(map, "paragraphs"),
                        null,
                        problems,
                        p ->
                                Collections.unmodifiableMap(
                                        paragraphs(new MappingReader(map, "", p), p)));
        r.node("paragraphs");
        List<Signatory> signatories =
                signatoryLists.get(
                        nodes(map, "signatories", "group"),
                        null,
                        problems,
                        p ->
                                List.copyOf(
                                        signatoryLoader.read(
                                                new MappingReader(map, "", p),
                                                dir,
                                                options.signatories(),
                                                columns,
                                                p)));
        r.node("signatories");
        r.node("group");
        r.node("columns");
        r.rejectUnknown();
        return new Letter(
                template,
                org,
                date,
                locale,
                recipient,
                subject,
                occasion,
                arguments,
                paragraphs,
                signatories,
                dir);
    }

    /** The nodes of the given fields (null where absent), for a {@link SectionMemo}. */
    private static Object[] nodes(YamlNode.Mapping map, String... keys) {
        Object[] out = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = map.get(keys[i]);
        }
        return out;
    }

    private String checkTemplate(MappingReader r, String template, Path dir, boolean fromOption) {
        // A template named by -t is wrong on the command line, not at the letter's line.
        BiConsumer<String, String> problem =
                fromOption
                        ? (key, message) -> r.problemAt(Origin.of("--template"), key, message)
                        : r::problem;
        if (template.endsWith(".ftl")) {
            Path path = fromOption ? Path.of(template) : dir.resolve(template);
            if (!Files.isRegularFile(path)) {
                problem.accept("template", "template file not found: " + path);
            }
            return path.toAbsolutePath().normalize().toString();
        }
        if (!catalog.templateNames().contains(template)) {
            problem.accept(
                    "template",
                    "unknown template '"
                            + template
                            + "'"
                            + Suggestions.didYouMean(template, catalog.templateNames())
                            + "; known: "
                            + String.join(
                                    ", ", catalog.templateNames().stream().sorted().toList()));
        }
        return template;
    }

    private static LocalDate date(MappingReader r, LocalDate defaultDate) {
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

    private static Locale locale(MappingReader r) {
        String text = r.text("locale");
        if (text == null) {
            return Locale.US;
        }
        Optional<Locale> locale = LanguageTags.parse(text);
        if (locale.isEmpty()) {
            r.problem("locale", LanguageTags.problem(text));
        }
        return locale.orElse(Locale.US);
    }

    private static Recipient recipient(MappingReader r, Problems problems) {
        YamlNode.Mapping map = r.mapping("recipient");
        if (map == null) {
            if (r.mapping().get("recipient") == null) {
                r.problem("recipient", "is required");
            }
            return new Recipient(null, null, null, null, List.of(), "Dear colleagues,", null, null);
        }
        MappingReader m = new MappingReader(map, "recipient", problems);
        String name = m.text("name");
        String honorific = m.text("honorific");
        String title = m.text("title");
        String organization = m.text("organization");
        List<String> address = m.texts("address");
        String salutation = m.text("salutation");
        String firstName = m.text("firstName");
        String lastName = m.text("lastName");
        String district = m.text("district");
        m.rejectUnknown();
        // A name that is there but wrong has its own problem; a blank one is no name.
        boolean badName =
                map.get("name") != null
                        && !(map.get("name") instanceof YamlNode.Text t && t.blank());
        if (name == null && organization == null && !badName) {
            problems.add(map.origin(), "recipient", "needs a name or an organization");
        }
        if (name != null) {
            List<String> words = words(name);
            int last = words.size() - 1;
            while (last > 0
                    && NAME_SUFFIXES.contains(
                            words.get(last).toLowerCase(Locale.ROOT).replace(",", ""))) {
                last--;
            }
            if (firstName == null) {
                firstName = words.get(0);
            }
            if (lastName == null) {
                String word = words.get(last);
                lastName = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
            }
        }
        if (salutation == null) {
            salutation = Recipient.defaultSalutation(name, honorific, lastName);
        }
        return new Recipient(
                name,
                honorific,
                title,
                organization,
                address,
                salutation,
                firstName,
                lastName,
                district);
    }

    /** The words of a name, split at white space (one empty word for a blank name). */
    static List<String> words(String name) {
        String text = name.trim();
        List<String> words = new ArrayList<>(4);
        int at = 0;
        do {
            int start = at;
            while (at < text.length() && !space(text.charAt(at))) {
                at++;
            }
            words.add(text.substring(start, at));
            while (at < text.length() && space(text.charAt(at))) {
                at++;
            }
        } while (at < text.length());
        return words;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private List<String> arguments(MappingReader r, List<String> fromOptions) {
        List<String> ids;
        List<Origin> origins = new ArrayList<>();
        if (!fromOptions.isEmpty()) {
            r.node("arguments");
            ids = fromOptions;
            for (String id : ids) {
                origins.add(Origin.of("--argument " + id));
            }
        } else {
            ids = r.texts("arguments");
            YamlNode node = r.mapping().get("arguments");
            for (int i = 0; i < ids.size(); i++) {
                origins.add(
                        node instanceof YamlNode.Sequence s && i < s.items().size()
                                ? s.items().get(i).origin()
                                : node != null ? node.origin() : Origin.of("arguments"));
            }
        }
        Set<String> known = catalog.argumentIds();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                r.problemAt(
                        origins.get(i),
                        "arguments",
                        "unknown argument '" + id + "'" + Suggestions.didYouMean(id, known));
            } else if (seen.contains(id)) {
                r.problemAt(origins.get(i), "arguments", "argument '" + id + "' is listed twice");
            }
            seen.add(id);
        }
        return ids;
    }

    private static Map<String, String> paragraphs(MappingReader r, Problems problems) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode.Mapping map = r.mapping("paragraphs");
        if (map == null) {
            return out;
        }
        MappingReader m = new MappingReader(map, "paragraphs", problems);
        for (String position : LetterLoader.PARAGRAPH_POSITIONS.stream().sorted().toList()) {
            String text = m.text(position);
            if (text != null) {
                out.put(position, text);
            }
        }
        m.rejectUnknown();
        return out;
    }
}
