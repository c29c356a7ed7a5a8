package org.advocate.template;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.model.Signatory;

/**
 * The {@code signatories} variable of templates: {@code list} (lead signers first, then in the
 * alphabetical order of the letter's language), {@code count}, {@code countries} (how many distinct
 * countries) and {@code groups} (a list of {@code name} and {@code list}, when the letter groups
 * its signatories; those without a group value come last, under the letter's word for "Other").
 */
final class SignatoryModel {
    private SignatoryModel() {}

    /**
     * @param other the heading of the group of signatories whose grouping column is blank, in the
     *     letter's language
     */
    static Map<String, Object> of(List<Signatory> signatories, Locale locale, String other) {
        Collator collator = Collator.getInstance(locale);
        Comparator<String> alphabetical = collator::compare;
        alphabetical = alphabetical.thenComparing(Comparator.naturalOrder());
        Comparator<String> byName = alphabetical;
        List<Signatory> sorted = new ArrayList<>(signatories);
        sorted.sort(
                Comparator.comparing((Signatory s) -> !s.lead())
                        .thenComparing(Signatory::organization, byName));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("list", sorted.stream().map(SignatoryModel::signatory).toList());
        model.put("count", sorted.size());
        model.put("countries", countries(sorted));
        model.put("groups", groups(sorted, byName, other));
        return model;
    }

    /** Returns how many distinct countries the signatories name. */
    static int countries(List<Signatory> signatories) {
        return (int)
                signatories.stream()
                        .map(Signatory::country)
                        .filter(c -> c != null && !Signatory.matchKey(c).isEmpty())
                        .map(Signatory::matchKey)
                        .distinct()
                        .count();
    }

    private static List<Map<String, Object>> groups(
            List<Signatory> sorted, Comparator<String> byName, String other) {
        if (sorted.stream().allMatch(s -> s.group() == null)) {
            return List.of();
        }
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> members = new LinkedHashMap<>();
        for (Signatory s : sorted) {
            String name = s.group() == null || s.group().isBlank() ? other : s.group().strip();
            String key = name.equals(other) ? "" : Signatory.matchKey(name);
            spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(signatory(s));
        }
        // "Kenya", "kenya" and "Kenya " are one group, headed by its commonest spelling (a
        // capitalized one on a tie), not by whichever the first organization used.
        Map<String, String> names = new LinkedHashMap<>();
        spellings.forEach(
                (key, counts) ->
                        names.put(
                                key,
                                counts.entrySet().stream()
                                        .max(
                                                Comparator.comparingInt(
                                                                (Map.Entry<String, Integer> e) ->
                                                                        e.getValue())
                                                        .thenComparing(
                                                                e ->
                                                                        Character.isUpperCase(
                                                                                e.getKey()
                                                                                        .charAt(
                                                                                                0))))
                                        .orElseThrow()
                                        .getKey()));
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparing(String::isEmpty).thenComparing(k -> names.get(k), byName));
        List<Map<String, Object>> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", names.get(key));
            group.put("list", members.get(key));
            out.add(group);
        }
        return out;
    }

    private static Map<String, Object> signatory(Signatory s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organization", s.organization());
        putIf(m, "name", s.name());
        putIf(m, "title", s.title());
        putIf(m, "country", s.country());
        putIf(m, "city", s.city());
        putIf(m, "group", s.group());
        m.put("lead", s.lead());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
