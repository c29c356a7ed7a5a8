package org.advocate.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.Organization;
import org.advocate.model.Signatory;

/**
 * The parts of a letter a batch row seldom changes, each with the YAML nodes it is read from: a
 * part is read once while its nodes stay the same objects (a row replaces only the nodes it fills)
 * and what else it depends on stays equal. One instance serves one {@link LetterBinder}, so all
 * that its parts depend on beyond the nodes and keys given here is fixed. Safe for concurrent use.
 */
final class LetterMemos {
    private final SectionMemo<String> templates = new SectionMemo<>();
    private final SectionMemo<LocalDate> dates = new SectionMemo<>();
    private final SectionMemo<Locale> locales = new SectionMemo<>();
    private final SectionMemo<Organization> organizations = new SectionMemo<>();
    private final SectionMemo<List<String>> argumentLists = new SectionMemo<>();
    private final SectionMemo<Map<String, String>> paragraphMaps = new SectionMemo<>();
    private final SectionMemo<List<Signatory>> signatoryLists = new SectionMemo<>();

    /** The template, from the letter's {@code template} and the chosen name. */
    String template(
            YamlNode.Mapping letter,
            String chosen,
            Problems problems,
            Function<Problems, String> read) {
        return templates.get(nodes(letter, "template"), chosen, problems, read);
    }

    /** The date, from the letter's {@code date} and the default date. */
    LocalDate date(
            YamlNode.Mapping letter,
            LocalDate defaultDate,
            Problems problems,
            Function<Problems, LocalDate> read) {
        return dates.get(nodes(letter, "date"), defaultDate, problems, read);
    }

    /** The locale, from the letter's {@code locale}. */
    Locale locale(YamlNode.Mapping letter, Problems problems, Function<Problems, Locale> read) {
        return locales.get(nodes(letter, "locale"), null, problems, read);
    }

    /** The organization, from its mapping and the letter's date and locale. */
    Organization organization(
            YamlNode.Mapping organization,
            List<Object> date,
            Problems problems,
            Function<Problems, Organization> read) {
        return organizations.get(new Object[] {organization}, date, problems, read);
    }

    /** The argument ids, from the letter's {@code arguments}. */
    List<String> arguments(
            YamlNode.Mapping letter, Problems problems, Function<Problems, List<String>> read) {
        return argumentLists.get(nodes(letter, "arguments"), null, problems, read);
    }

    /** The paragraphs, from the letter's {@code paragraphs}. */
    Map<String, String> paragraphs(
            YamlNode.Mapping letter,
            Problems problems,
            Function<Problems, Map<String, String>> read) {
        return paragraphMaps.get(nodes(letter, "paragraphs"), null, problems, read);
    }

    /** The signatories, from the letter's {@code signatories} and {@code group}. */
    List<Signatory> signatories(
            YamlNode.Mapping letter, Problems problems, Function<Problems, List<Signatory>> read) {
        return signatoryLists.get(nodes(letter, "signatories", "group"), null, problems, read);
    }

    /** The nodes of the given fields (null where absent), for a {@link SectionMemo}. */
    private static Object[] nodes(YamlNode.Mapping map, String... keys) {
        Object[] out = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = map.get(keys[i]);
        }
        return out;
    }
}
