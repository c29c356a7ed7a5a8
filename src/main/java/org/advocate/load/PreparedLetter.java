package org.advocate.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.load.rows.Row;
import org.advocate.model.Letter;

/**
 * A letter file parsed but not yet bound: binding applies a row's cells (for a batch), then the
 * command line's {@code --set} options, then validates, so a row's mistake is reported exactly like
 * a field's, at the row's cell. Immutable apart from caches; safe for concurrent use.
 */
public final class PreparedLetter {
    private final LetterBinder binder;
    private final LetterSources sources;
    private final List<Overrides.Assignment> sets;
    private final List<Problem> early;
    private final RowColumns rowColumns;
    private final Consumer<Problem> warnings;

    /**
     * @param catalog checks argument and template names
     * @param sources what every binding binds from
     * @param sets the command line's {@code --set} assignments
     * @param early the problems found preparing the letter, reported with every binding's
     * @param warnings receives what is odd but not wrong
     */
    PreparedLetter(
            Catalog catalog,
            LetterSources sources,
            List<Overrides.Assignment> sets,
            List<Problem> early,
            Consumer<Problem> warnings) {
        this.binder = new LetterBinder(catalog, sources, new SignatoryLoader(warnings), warnings);
        this.sources = sources;
        this.sets = List.copyOf(sets);
        this.early = List.copyOf(early);
        this.rowColumns = new RowColumns(sources.columns());
        this.warnings = warnings;
    }

    /** Binds the letter as the files and the command line give it. */
    public Letter bind(LocalDate defaultDate) {
        return bind(List.of(), List.of(), defaultDate, Set.of());
    }

    /**
     * Binds the letter for one row.
     *
     * @throws InputException listing every problem of the row and of the letter
     */
    public Letter bind(Row row, LocalDate defaultDate) {
        Set<String> refused = row.refused().isEmpty() ? Set.of() : new HashSet<>();
        for (String header : row.refused()) {
            rowColumns.targetOf(header).ifPresent(t -> refused.add(String.join(".", t.path())));
        }
        List<Problem> rowProblems = row.problems();
        List<Problem> lineBreaks = rowColumns.lineBreaks(row);
        if (!lineBreaks.isEmpty()) {
            rowProblems = new ArrayList<>(rowProblems);
            rowProblems.addAll(lineBreaks);
        }
        return bind(rowColumns.assignments(row), rowProblems, defaultDate, refused);
    }

    /**
     * Returns the letter's template as binding resolves it (a library name, or the absolute path of
     * a {@code .ftl} file), without binding the rest, which may need a row.
     */
    public String template() {
        String template = sources.options().template();
        Path base = Path.of("");
        if (template == null) {
            YamlNode node = sources.trees().letter().get("template");
            template =
                    node instanceof YamlNode.Text t && !t.empty()
                            ? t.value()
                            : TemplateChoice.DEFAULT;
            base = sources.trees().dir();
        }
        return template.endsWith(".ftl")
                ? base.resolve(template).toAbsolutePath().normalize().toString()
                : template;
    }

    /**
     * Checks the columns of a rows file once, before its rows: a column that names an unknown
     * field, or a field that cannot take text, is one problem at the column rather than one per
     * row.
     *
     * @param headers the file's column headers
     * @param source the file, as named in messages
     */
    public void checkColumns(Collection<String> headers, String source) {
        List<Overrides.Assignment> probes = rowColumns.probe(headers, source);
        if (probes.isEmpty()) {
            return;
        }
        Set<String> at =
                probes.stream().map(p -> p.origin().toString()).collect(Collectors.toSet());
        List<Problem> found = new ArrayList<>();
        try {
            bind(probes, List.of(), LocalDate.EPOCH, Set.of());
        } catch (InputException e) {
            for (Problem problem : e.problems()) {
                // Only what a column itself causes: "not given" values cannot be wrong.
                if (at.contains(problem.origin())
                        && !problem.message().startsWith("is required")
                        && !problem.message().startsWith("needs ")) {
                    found.add(problem);
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InputException(found);
        }
    }

    /**
     * Warns, once per file, of each {@code columns:} mapping that a rows file's declared headers (a
     * CSV header line) do not have: its field stays empty in every row, which is most often a
     * mistyped or changed header. Mappings for a signatories file are not a rows file's.
     *
     * @param headers the file's column headers
     * @param source the file, as named in messages
     */
    public void warnUnmatchedColumns(Collection<String> headers, String source) {
        sources.columns()
                .missingFrom(
                        headers,
                        source,
                        entry ->
                                !SignatoryFile.FIELDS.contains(
                                        entry.target().toLowerCase(Locale.ROOT)))
                .forEach(warnings);
    }

    private Letter bind(
            List<Overrides.Assignment> cells,
            List<Problem> rowProblems,
            LocalDate defaultDate,
            Set<String> refused) {
        Problems problems = new Problems();
        early.forEach(problems::add);
        rowProblems.forEach(problems::add);
        YamlNode.Mapping letterMap = sources.trees().letter();
        YamlNode.Mapping orgMap = sources.trees().organization();
        List<Overrides.Assignment> all = new ArrayList<>(cells);
        all.addAll(sets);
        for (Overrides.Assignment set : all) {
            String head = set.path().get(0);
            boolean toOrg =
                    (head.equals("org") || head.equals("organization")) && set.path().size() > 1;
            try {
                if (toOrg) {
                    YamlNode.Mapping base =
                            orgMap != null ? orgMap : new YamlNode.Mapping(List.of(), set.scope());
                    orgMap =
                            Overrides.apply(
                                    base,
                                    new Overrides.Assignment(
                                            set.path().subList(1, set.path().size()),
                                            set.value(),
                                            set.origin(),
                                            set.scope()));
                } else {
                    letterMap = Overrides.apply(letterMap, set);
                }
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        Letter letter = binder.bind(letterMap, orgMap, defaultDate, problems);
        problems.dropConsequencesOf(refused);
        problems.throwIfAny();
        return letter;
    }
}
