package org.advocate.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.Suggestions;
import org.advocate.input.TextRules;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.model.Signatory;

/**
 * Reads signatories from a rows file (a Google Forms export, say). A column fills a signatory field
 * when {@code columns:} maps its header to it or when its header is the field's name, in any case;
 * other columns are ignored. A consent column ({@code publish} or {@code consent}) answered "no"
 * leaves the row out.
 */
final class SignatoryFile {
    /** The fields a column can fill. {@code consent} is another name for {@code publish}. */
    static final List<String> FIELDS =
            List.of(
                    "organization",
                    "name",
                    "title",
                    "country",
                    "city",
                    "lead",
                    "publish",
                    "consent");

    /**
     * What a file gave.
     *
     * @param entries the signatories that may be published, in file order
     * @param withheld the rows whose consent column says no, in file order
     * @param problems what is wrong with the file
     * @param warnings what is odd but not wrong
     */
    record Result(
            List<Signatory> entries,
            List<Signatory> withheld,
            List<Problem> problems,
            List<Problem> warnings) {}

    private final ColumnMap columns;
    private final String group;
    private final Map<String, String> fieldOf = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Signatory> withheld = new ArrayList<>();

    private SignatoryFile(ColumnMap columns, String group) {
        this.columns = columns;
        this.group = group;
    }

    /**
     * Reads a file.
     *
     * @param file the signatories file
     * @param columns the letter's column mapping
     * @param group the grouping column or field, or null
     * @param allowEmpty whether a file without data rows is a warning rather than a problem
     */
    static Result read(Path file, ColumnMap columns, String group, boolean allowEmpty) {
        SignatoryFile reader = new SignatoryFile(columns, group);
        List<Signatory> entries = new ArrayList<>();
        try (RowReader rows = RowReader.open(file, null)) {
            int count = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                count++;
                reader.problems.addAll(row.problems());
                if (count == 1 && !reader.checkColumns(file, row)) {
                    break;
                }
                Signatory entry = reader.entry(row);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            if (count == 0 && allowEmpty) {
                reader.warnings.add(new Problem(file.toString(), "", "has no signatories"));
            } else if (count == 0) {
                reader.problems.add(
                        new Problem(
                                file.toString(),
                                "",
                                "has no signatories (no data rows); give --allow-empty to make"
                                        + " the letter without any"));
            }
        } catch (InputException e) {
            reader.problems.addAll(e.problems());
        }
        return new Result(entries, reader.withheld, reader.problems, reader.warnings);
    }

    /** Returns the field a header fills, or "" when none; reports bad mappings once. */
    private String field(String header) {
        return fieldOf.computeIfAbsent(header, this::resolve);
    }

    private String resolve(String header) {
        Optional<ColumnMap.Entry> mapped = columns.forHeader(header);
        String name = mapped.map(ColumnMap.Entry::target).orElse(header).toLowerCase(Locale.ROOT);
        if (group != null && name.equalsIgnoreCase(group) && !FIELDS.contains(name)) {
            return "group";
        }
        if (FIELDS.contains(name)) {
            return name.equals("consent") ? "publish" : name;
        }
        if (mapped.isPresent()) {
            List<String> known = new ArrayList<>(FIELDS);
            if (group != null) {
                known.add(group);
            }
            problems.add(
                    new Problem(
                            mapped.get().origin().toString(),
                            "columns." + header,
                            "unknown signatory field '"
                                    + mapped.get().target()
                                    + "'"
                                    + Suggestions.didYouMean(mapped.get().target(), known)
                                    + "; known: "
                                    + String.join(", ", FIELDS)));
        }
        return "";
    }

    private Signatory entry(Row row) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        // A row whose field cell was refused for what it holds has its problem already; its
        // organization, say, is not also "required".
        boolean refusedField = row.refused().stream().anyMatch(h -> !field(h).isEmpty());
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            String field = field(cell.getKey());
            if (!field.isEmpty() && !cell.getValue().isBlank()) {
                String value = cell.getValue().strip();
                // Every signatory field is one line; columns that fill none are never printed.
                String problem = TextRules.checkLine(value);
                if (problem != null) {
                    problems.add(new Problem(row.origin(cell.getKey()).toString(), field, problem));
                    refusedField = true;
                    continue;
                }
                values.put(field, value);
                headers.put(field, cell.getKey());
            }
        }
        if (refusedField) {
            return null; // the row's problems are reported; it is not a signatory
        }
        String organization = values.get("organization");
        if (organization == null) {
            problems.add(
                    new Problem(
                            row.label(),
                            "organization",
                            "is required: this row has no organization name"));
            return null;
        }
        boolean lead = answer(row, values, headers, "lead", false);
        boolean publish = answer(row, values, headers, "publish", true);
        String groupValue = null;
        if (group != null) {
            groupValue =
                    FIELDS.contains(group.toLowerCase(Locale.ROOT))
                            ? values.get(group.toLowerCase(Locale.ROOT))
                            : values.get("group");
        }
        Signatory signatory =
                new Signatory(
                        organization,
                        values.get("name"),
                        values.get("title"),
                        values.get("country"),
                        values.get("city"),
                        lead,
                        groupValue,
                        row.label());
        if (!publish) {
            // Kept aside: a duplicate of it that says yes must not publish it either.
            withheld.add(signatory);
            return null;
        }
        return signatory;
    }

    private boolean answer(
            Row row,
            Map<String, String> values,
            Map<String, String> headers,
            String field,
            boolean absent) {
        String text = values.get(field);
        if (text == null) {
            boolean hasColumn = row.cells().keySet().stream().anyMatch(h -> field(h).equals(field));
            if (hasColumn && field.equals("publish")) {
                warnings.add(
                        new Problem(
                                row.label(), "", "consent to publish is not answered; left out"));
                return false;
            }
            return absent;
        }
        Optional<Boolean> answer = Answers.yesNo(text);
        if (answer.isEmpty()) {
            problems.add(
                    new Problem(
                            row.origin(headers.get(field)).toString(),
                            field,
                            "expected yes or no, found '" + text + "'"));
            return false;
        }
        return answer.get();
    }

    /** Checks on the first row that some column holds the organization and the group. */
    private boolean checkColumns(Path file, Row row) {
        // A cell refused for what it holds (a control character, a line break) is still a column.
        Set<String> headers = new LinkedHashSet<>(row.cells().keySet());
        headers.addAll(row.refused());
        List<String> fields = headers.stream().map(this::field).toList();
        List<Problem> missing =
                columns.missingFrom(
                        headers,
                        file.toString(),
                        entry -> {
                            String target = entry.target().toLowerCase(Locale.ROOT);
                            return FIELDS.contains(target) || target.equalsIgnoreCase(group);
                        });
        problems.addAll(missing);
        boolean ok = missing.isEmpty();
        if (!fields.contains("organization")) {
            problems.add(
                    new Problem(
                            file.toString(),
                            "organization",
                            "no column holds the organization's name"
                                    + Suggestions.didYouMean("organization", headers)
                                    + "; name the column organization or map it in the letter's"
                                    + " columns:, e.g. \"Organization name\": organization"));
            ok = false;
        }
        if (group != null
                && !FIELDS.contains(group.toLowerCase(Locale.ROOT))
                && !fields.contains("group")) {
            problems.add(
                    new Problem(
                            file.toString(),
                            "group",
                            "no column '"
                                    + group
                                    + "' to group by"
                                    + Suggestions.didYouMean(group, headers)));
            ok = false;
        }
        return ok;
    }
}
