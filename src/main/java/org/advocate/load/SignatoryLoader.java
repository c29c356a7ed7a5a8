package org.advocate.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.advocate.model.Signatory;

/**
 * Reads a letter's signatories: an inline list, or a file named in the letter or on the command
 * line. Signatories whose organization names match (ignoring case, accents, punctuation and a
 * leading "The") are listed once; each duplicate is a warning naming both entries. A file is read
 * once however many letters of a batch use it. Safe for concurrent use.
 */
final class SignatoryLoader {
    private final Consumer<Problem> warnings;
    private final Map<String, SignatoryFile.Result> files = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    SignatoryLoader(Consumer<Problem> warnings) {
        this.warnings = warnings;
    }

    /**
     * Reads the {@code signatories} and {@code group} fields.
     *
     * @param r the letter's top-level reader
     * @param dir the letter's folder, which a file name is relative to
     * @param override a file given on the command line, or null
     * @param allowEmpty whether a file without data rows is fine (else a problem)
     * @param columns the letter's column mapping
     */
    List<Signatory> read(
            MappingReader r,
            Path dir,
            Path override,
            boolean allowEmpty,
            ColumnMap columns,
            Problems problems) {
        String group = r.text("group");
        YamlNode node = r.node("signatories");
        List<Signatory> entries = new ArrayList<>();
        List<Signatory> withheld = new ArrayList<>();
        Path file = override;
        if (file == null && node instanceof YamlNode.Text text) {
            file = shorter(dir.resolve(text.value()));
        } else if (file == null && node instanceof YamlNode.Sequence list) {
            entries.addAll(inline(list, group, problems, withheld));
        } else if (file == null && node != null) {
            problems.add(
                    node.origin(),
                    "signatories",
                    "expected a file name or a list of organizations, found a " + node.kind());
        }
        if (file != null) {
            Path key = file.toAbsolutePath().normalize();
            Path chosen = file;
            SignatoryFile.Result result =
                    files.computeIfAbsent(
                            key + "\n" + group,
                            k -> SignatoryFile.read(chosen, columns, group, allowEmpty));
            result.problems().forEach(problems::add);
            result.warnings().forEach(this::warn);
            entries.addAll(result.entries());
            withheld.addAll(result.withheld());
        }
        List<Signatory> listed = dedupe(entries, withheld);
        if (listed.isEmpty() && !withheld.isEmpty()) {
            warn(
                    new Problem(
                            file != null ? file.toString() : node.origin().toString(),
                            "signatories",
                            "none may be published: all "
                                    + withheld.size()
                                    + (withheld.size() == 1 ? " row withholds" : " rows withhold")
                                    + " consent, so the letter lists no signatories"));
        }
        return listed;
    }

    /** A path relative to the working folder when it is inside it, for shorter messages. */
    private static Path shorter(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private List<Signatory> inline(
            YamlNode.Sequence list, String group, Problems problems, List<Signatory> withheld) {
        List<Signatory> out = new ArrayList<>();
        boolean groupIsField =
                group != null && SignatoryFile.FIELDS.contains(group.toLowerCase(Locale.ROOT));
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
            boolean lead = answer(m, "lead", false);
            boolean publish = answer(m, "publish", true);
            String groupValue = null;
            if (group != null && !groupIsField) {
                groupValue = m.text(group);
            }
            m.rejectUnknown();
            if (groupIsField) {
                groupValue =
                        switch (group.toLowerCase(Locale.ROOT)) {
                            case "country" -> country;
                            case "city" -> city;
                            case "title" -> title;
                            case "name" -> name;
                            default -> organization;
                        };
            }
            if (organization != null) {
                Signatory signatory =
                        new Signatory(
                                organization.strip(),
                                name,
                                title,
                                country,
                                city,
                                lead,
                                groupValue,
                                item.origin().toString());
                (publish ? out : withheld).add(signatory);
            }
        }
        return out;
    }

    private static boolean answer(MappingReader m, String key, boolean absent) {
        String text = m.text(key);
        if (text == null) {
            return absent;
        }
        return Answers.yesNo(text)
                .orElseGet(
                        () -> {
                            m.problem(key, "expected yes or no, found '" + text + "'");
                            return absent;
                        });
    }

    /**
     * Lists each organization once, at its first entry. A duplicate that is a lead signer makes the
     * entry one; a duplicate that withholds consent leaves the organization out, with a warning: a
     * "no" in any of its submissions wins.
     */
    private List<Signatory> dedupe(List<Signatory> entries, List<Signatory> withheld) {
        Map<String, Signatory> refused = new LinkedHashMap<>();
        for (Signatory w : withheld) {
            String key = Signatory.matchKey(w.organization());
            if (!key.isEmpty()) {
                refused.putIfAbsent(key, w);
            }
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        List<Signatory> out = new ArrayList<>();
        for (Signatory entry : entries) {
            String key = Signatory.matchKey(entry.organization());
            if (key.isEmpty()) {
                out.add(entry); // nothing to compare it by
                continue;
            }
            Signatory no = refused.get(key);
            if (no != null) {
                warn(
                        entry,
                        "is left out: the same organization (\""
                                + no.organization()
                                + "\", "
                                + no.origin()
                                + ") did not consent to publication");
                continue;
            }
            Integer first = at.putIfAbsent(key, out.size());
            if (first == null) {
                out.add(entry);
                continue;
            }
            Signatory kept = out.get(first);
            warn(
                    entry,
                    "duplicates \""
                            + kept.organization()
                            + "\" ("
                            + kept.origin()
                            + "); listed once"
                            + (entry.lead() && !kept.lead() ? ", as a lead signer" : ""));
            if (entry.lead() && !kept.lead()) {
                out.set(first, kept.asLead());
            }
        }
        return out;
    }

    /** Warns at an entry's row: "Its Organization" followed by what happened to it. */
    private void warn(Signatory entry, String what) {
        warn(new Problem(entry.origin(), "", "\"" + entry.organization() + "\" " + what));
    }

    private void warn(Problem problem) {
        if (warned.add(problem.toString())) {
            warnings.accept(problem);
        }
    }
}
