package org.advocate.load;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.Delivery;
import org.advocate.model.Letter;
import org.advocate.model.LetterParts;
import org.advocate.model.Organization;
import org.advocate.model.PageStyle;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;

/**
 * Binds a letter's YAML trees (after overrides and row cells are applied) to a {@link Letter},
 * recording every problem: it reads each field with the part that knows it, in field order, and
 * reuses the parts a batch row leaves unchanged ({@link LetterMemos}). One binder serves one {@link
 * PreparedLetter}.
 */
final class LetterBinder {
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
                    "fallback",
                    "arguments",
                    "paragraphs",
                    "signatories",
                    "columns",
                    "group",
                    "style",
                    "signers",
                    "onBehalfOf",
                    "cc",
                    "enclosures",
                    "reference",
                    "replyBy",
                    "place",
                    "delivery");

    private final Catalog catalog;
    private final LetterSources sources;
    private final SignatoryLoader signatoryLoader;
    private final LetterMemos memos = new LetterMemos();
    private final Consumer<Problem> warnings;

    /** The warnings already given, so that a batch gives each once rather than once per row. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    LetterBinder(
            Catalog catalog,
            LetterSources sources,
            SignatoryLoader signatoryLoader,
            Consumer<Problem> warnings) {
        this.catalog = catalog;
        this.sources = sources;
        this.signatoryLoader = signatoryLoader;
        this.warnings = warnings;
    }

    private void warnOnce(Problem problem) {
        if (warned.add(problem.toString())) {
            warnings.accept(problem);
        }
    }

    /**
     * Binds the letter.
     *
     * @param map the letter's mapping, with overrides applied
     * @param orgMap the organization's mapping, with overrides applied, or null
     * @param defaultDate the date of a letter that names none
     * @param problems receives every problem
     */
    Letter bind(
            YamlNode.Mapping map,
            YamlNode.Mapping orgMap,
            LocalDate defaultDate,
            Problems problems) {
        LetterLoader.Options options = sources.options();
        LetterSources.Trees trees = sources.trees();
        MappingReader r = new MappingReader(map, "", problems);
        r.text("library"); // chosen before loading; see LetterInput.topLevelText
        String chosen = TemplateChoice.chosen(r, options.template());
        String template =
                memos.template(
                        map,
                        chosen,
                        problems,
                        p ->
                                TemplateChoice.check(
                                        new MappingReader(map, "", p),
                                        chosen,
                                        trees.dir(),
                                        options.template() != null,
                                        catalog));
        LocalDate date =
                memos.date(
                        map,
                        defaultDate,
                        problems,
                        p -> Dates.read(new MappingReader(map, "", p), defaultDate));
        r.node("date");
        Locale locale =
                memos.locale(map, problems, p -> LanguageTags.read(new MappingReader(map, "", p)));
        r.node("locale");
        Organization org = organization(r, orgMap, date, locale, problems);
        Recipient recipient = RecipientReader.read(r, problems);
        String subject = r.text("subject");
        String occasion = LocalizedText.read(r, "occasion", locale, problems, this::warnOnce);
        Locale fallback = LetterLanguage.fallback(r);
        List<String> arguments =
                memos.arguments(
                        map,
                        problems,
                        p ->
                                List.copyOf(
                                        ArgumentIds.read(
                                                new MappingReader(map, "", p),
                                                options.arguments(),
                                                catalog)));
        r.node("arguments");
        LetterLanguage.check(
                r,
                template,
                locale,
                fallback,
                arguments,
                options.arguments(),
                catalog,
                this::warnOnce);
        Map<String, String> paragraphs =
                memos.paragraphs(
                        map,
                        problems,
                        p ->
                                Collections.unmodifiableMap(
                                        Paragraphs.read(new MappingReader(map, "", p), p)));
        r.node("paragraphs");
        List<Signatory> signatories =
                memos.signatories(
                        map,
                        problems,
                        p ->
                                List.copyOf(
                                        signatoryLoader.read(
                                                new MappingReader(map, "", p),
                                                trees.dir(),
                                                options.signatories(),
                                                options.allowEmpty(),
                                                sources.columns(),
                                                p)));
        r.node("signatories");
        r.node("group");
        r.node("columns");
        PageStyle style = PageStyleReader.read(r, problems);
        LetterParts parts = LetterPartsReader.read(r, org, trees.dir(), date, problems);
        Delivery delivery = DeliveryReader.read(r, problems);
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
                trees.dir(),
                FieldOrigins.of(map, orgMap),
                style.over(org == null ? null : org.style()),
                fallback,
                parts,
                delivery);
    }

    /** The organization, or null when there is none (a problem unless {@code -o} gives one). */
    private Organization organization(
            MappingReader r,
            YamlNode.Mapping orgMap,
            LocalDate date,
            Locale locale,
            Problems problems) {
        r.node("organization");
        LetterSources.Trees trees = sources.trees();
        if (orgMap != null) {
            return memos.organization(
                    orgMap,
                    List.of(date, locale),
                    problems,
                    p ->
                            OrganizationLoader.read(
                                    orgMap,
                                    trees.orgPrefix(),
                                    trees.orgDir(),
                                    trees.dir(),
                                    date,
                                    locale,
                                    p,
                                    this::warnOnce));
        }
        if (r.mapping().get("organization") == null && sources.options().organization() == null) {
            r.problem("organization", "is required (a path to organization.yaml, or its fields)");
        }
        return null;
    }
}
