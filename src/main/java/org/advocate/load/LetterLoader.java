package org.advocate.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;

/**
 * Reads a {@code letter.yaml} (and the organization file it names) into a {@link Letter}, applying
 * command-line overrides first and reporting every problem at once.
 */
public final class LetterLoader {
    /** The positions where a letter may add its own Markdown paragraphs. */
    public static final Set<String> PARAGRAPH_POSITIONS =
            Set.of(
                    "opening",
                    "before-arguments",
                    "after-arguments",
                    "before-closing",
                    "postscript");

    private static final Set<String> NAME_SUFFIXES =
            Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "esq.");

    private final Catalog catalog;

    /** Creates a loader that checks argument and template names against the catalog. */
    public LetterLoader(Catalog catalog) {
        this.catalog = catalog;
    }

    /** What the command line adds to or replaces in the letter file. */
    public record Options(
            Path organization, String template, List<String> arguments, Overrides overrides) {
        public Options {
            arguments = List.copyOf(arguments);
        }

        /** No changes. */
        public static Options none() {
            return new Options(null, null, List.of(), Overrides.none());
        }
    }

    /**
     * Loads a letter.
     *
     * @param file the letter file
     * @param options what the command line changes
     * @param defaultDate the date to use when the letter has none
     */
    public Letter load(Path file, Options options, LocalDate defaultDate) {
        return load(LetterInput.read(file), options, defaultDate);
    }

    /**
     * Loads a letter already read, from a file or standard input.
     *
     * @param input the letter's text and the folder its relative paths resolve against
     * @param options what the command line changes
     * @param defaultDate the date to use when the letter has none
     */
    public Letter load(LetterInput input, Options options, LocalDate defaultDate) {
        Path dir = input.dir();
        YamlNode root = input.parse();
        if (!(root instanceof YamlNode.Mapping letterMap)) {
            throw InputException.of(
                    root.origin().toString(), "", "expected a mapping of letter fields");
        }
        Problems problems = new Problems();
        YamlNode.Mapping orgMap = null;
        Path orgDir = dir;
        String orgPrefix = "organization";
        if (options.organization() != null) {
            orgMap = readMapping(options.organization());
            orgDir = options.organization().toAbsolutePath().getParent();
            orgPrefix = "";
            letterMap = withoutKey(letterMap, "organization");
        } else {
            YamlNode org = letterMap.get("organization");
            if (org instanceof YamlNode.Text text && !text.empty()) {
                Path orgFile = dir.resolve(text.value());
                try {
                    orgMap = readMapping(orgFile);
                    orgDir = orgFile.toAbsolutePath().getParent();
                    orgPrefix = "";
                } catch (InputException e) {
                    problems.addAll(e);
                }
            } else if (org instanceof YamlNode.Mapping inline) {
                orgMap = inline;
            } else if (org instanceof YamlNode.Sequence) {
                problems.add(
                        org.origin(),
                        "organization",
                        "expected a file path or a mapping, found a list");
            }
        }
        for (Overrides.Assignment set : options.overrides().parse()) {
            String head = set.path().get(0);
            boolean toOrg =
                    (head.equals("org") || head.equals("organization")) && set.path().size() > 1;
            try {
                if (toOrg) {
                    YamlNode.Mapping base =
                            orgMap != null ? orgMap : new YamlNode.Mapping(List.of(), set.origin());
                    orgMap =
                            Overrides.apply(
                                    base,
                                    set.path().subList(1, set.path().size()),
                                    set.value(),
                                    set.origin());
                } else {
                    letterMap = Overrides.apply(letterMap, set.path(), set.value(), set.origin());
                }
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        Letter letter =
                bind(letterMap, orgMap, orgPrefix, orgDir, dir, options, defaultDate, problems);
        problems.throwIfAny();
        return letter;
    }

    private static YamlNode.Mapping readMapping(Path file) {
        YamlNode node = StrictYaml.parse(file.toString(), InputFiles.read(file), 1);
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw InputException.of(node.origin().toString(), "", "expected a mapping of fields");
    }

    private static YamlNode.Mapping withoutKey(YamlNode.Mapping mapping, String key) {
        List<YamlNode.Entry> kept = new ArrayList<>(mapping.entries());
        kept.removeIf(e -> e.key().equals(key));
        return new YamlNode.Mapping(kept, mapping.origin());
    }

    private Letter bind(
            YamlNode.Mapping map,
            YamlNode.Mapping orgMap,
            String orgPrefix,
            Path orgDir,
            Path dir,
            Options options,
            LocalDate defaultDate,
            Problems problems) {
        MappingReader r = new MappingReader(map, "", problems);
        r.text("library"); // chosen before loading; see LetterInput.topLevelText
        String template = options.template() != null ? options.template() : r.text("template");
        if (options.template() != null) {
            r.node("template");
        }
        if (template == null) {
            template = "support";
        }
        template = checkTemplate(r, template, dir, options.template() != null);
        LocalDate date = date(r, defaultDate);
        Locale locale = locale(r);
        r.node("organization");
        Organization org = null;
        if (orgMap != null) {
            org = OrganizationLoader.read(orgMap, orgPrefix, orgDir, dir, date, problems);
        } else if (map.get("organization") == null && options.organization() == null) {
            r.problem("organization", "is required (a path to organization.yaml, or its fields)");
        }
        Recipient recipient = recipient(r, problems);
        String subject = r.text("subject");
        String occasion = r.text("occasion");
        List<String> arguments = arguments(r, options.arguments());
        Map<String, String> paragraphs = paragraphs(r, problems);
        List<Signatory> signatories = signatories(r, problems);
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

    private String checkTemplate(MappingReader r, String template, Path dir, boolean fromOption) {
        if (template.endsWith(".ftl")) {
            Path path = fromOption ? Path.of(template) : dir.resolve(template);
            if (!Files.isRegularFile(path)) {
                r.problem("template", "template file not found: " + path);
            }
            return path.toAbsolutePath().normalize().toString();
        }
        if (!catalog.templateNames().contains(template)) {
            r.problem(
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
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            r.problem("date", "expected a date as YYYY-MM-DD, found '" + text + "'");
            return defaultDate;
        }
    }

    private static Locale locale(MappingReader r) {
        String text = r.text("locale");
        if (text == null) {
            return Locale.US;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text.trim()).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        r.problem("locale", "expected a language tag such as en-US or fr-FR, found '" + text + "'");
        return Locale.US;
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
        m.rejectUnknown();
        if (name == null && organization == null && map.get("name") == null) {
            problems.add(map.origin(), "recipient", "needs a name or an organization");
        }
        if (name != null) {
            String[] words = name.trim().split("\\s+");
            int last = words.length - 1;
            while (last > 0
                    && NAME_SUFFIXES.contains(
                            words[last].toLowerCase(Locale.ROOT).replace(",", ""))) {
                last--;
            }
            if (firstName == null) {
                firstName = words[0];
            }
            if (lastName == null) {
                lastName = words[last].replaceAll(",$", "");
            }
        }
        if (salutation == null) {
            salutation = salutation(name, honorific, lastName);
        }
        return new Recipient(
                name, honorific, title, organization, address, salutation, firstName, lastName);
    }

    /** "Dear Mr. Shetty," with an honorific; "Dear Salil Shetty," without. */
    static String salutation(String name, String honorific, String lastName) {
        if (honorific != null && lastName != null) {
            return "Dear " + honorific.trim() + " " + lastName + ",";
        }
        if (name != null) {
            return "Dear " + name.trim() + ",";
        }
        return "Dear colleagues,";
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
        for (String position : PARAGRAPH_POSITIONS.stream().sorted().toList()) {
            String text = m.text(position);
            if (text != null) {
                out.put(position, text);
            }
        }
        m.rejectUnknown();
        return out;
    }

    private static List<Signatory> signatories(MappingReader r, Problems problems) {
        List<Signatory> out = new ArrayList<>();
        YamlNode node = r.node("signatories");
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(node.origin(), "signatories", "expected a list of organizations");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = "signatories[" + (i + 1) + "]";
            if (!(item instanceof YamlNode.Mapping map)) {
                problems.add(item.origin(), path, "expected a mapping with an organization field");
                continue;
            }
            MappingReader m = new MappingReader(map, path, problems);
            String organization = m.requiredText("organization");
            String name = m.text("name");
            String title = m.text("title");
            String country = m.text("country");
            String city = m.text("city");
            String lead = m.text("lead");
            m.rejectUnknown();
            boolean isLead =
                    lead != null
                            && Set.of("yes", "true").contains(lead.trim().toLowerCase(Locale.ROOT));
            if (lead != null
                    && !isLead
                    && !Set.of("no", "false").contains(lead.trim().toLowerCase(Locale.ROOT))) {
                m.problem("lead", "expected yes or no, found '" + lead + "'");
            }
            out.add(new Signatory(organization, name, title, country, city, isLead));
        }
        return out;
    }
}
