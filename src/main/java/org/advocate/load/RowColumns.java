package org.advocate.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.advocate.Problem;
import org.advocate.input.Origin;
import org.advocate.input.TextRules;
import org.advocate.input.YamlNode;
import org.advocate.load.rows.Row;

/**
 * Turns a row's cells into assignments to the letter's fields, applied exactly like {@code --set}.
 * A column fills a field when {@code columns:} maps its header, or when its header is itself a
 * field path ({@code recipient.name}, {@code subject}); other columns are only {@code row.<header>}
 * in templates. Blank cells leave the field as the letter file has it. Safe for concurrent use.
 */
final class RowColumns {
    private static final Optional<ColumnMap.Target> NONE = Optional.empty();

    private final ColumnMap columns;
    private final Map<String, Optional<ColumnMap.Target>> targets = new ConcurrentHashMap<>();

    RowColumns(ColumnMap columns) {
        this.columns = columns;
    }

    /** Returns the field a column fills, or empty when it is only a {@code row} value. */
    Optional<ColumnMap.Target> targetOf(String header) {
        return targets.computeIfAbsent(header, this::resolve);
    }

    private Optional<ColumnMap.Target> resolve(String header) {
        Optional<ColumnMap.Entry> mapped = columns.forHeader(header);
        if (mapped.isPresent()) {
            return Optional.of(ColumnMap.target(mapped.get().target()));
        }
        ColumnMap.Target target;
        try {
            target = ColumnMap.target(header);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        if (!Overrides.isPath(String.join(".", target.path()))) {
            return NONE;
        }
        boolean field = target.path().size() > 1 || LetterBinder.TOP_LEVEL.contains(header);
        return field ? Optional.of(target) : NONE;
    }

    /** Returns the assignments a row makes, in column order. */
    List<Overrides.Assignment> assignments(Row row) {
        Map<List<String>, Object> byPath = new LinkedHashMap<>();
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            Optional<ColumnMap.Target> target = targetOf(cell.getKey());
            if (target.isEmpty() || cell.getValue().isBlank()) {
                continue;
            }
            Origin origin = row.origin(cell.getKey());
            YamlNode.Text text = new YamlNode.Text(cell.getValue(), false, origin);
            if (target.get().index() == 0) {
                byPath.put(target.get().path(), text);
            } else {
                Object items = byPath.get(target.get().path());
                @SuppressWarnings("unchecked")
                TreeMap<Integer, YamlNode> list =
                        items instanceof TreeMap<?, ?> t
                                ? (TreeMap<Integer, YamlNode>) t
                                : new TreeMap<>();
                list.put(target.get().index(), text);
                byPath.put(target.get().path(), list);
            }
        }
        List<Overrides.Assignment> out = new ArrayList<>();
        Origin scope = Origin.of(row.label());
        byPath.forEach(
                (path, value) -> {
                    if (value instanceof YamlNode.Text text) {
                        out.add(new Overrides.Assignment(path, text, text.origin(), scope));
                    } else {
                        TreeMap<?, ?> list = (TreeMap<?, ?>) value;
                        List<YamlNode> items = new ArrayList<>();
                        list.values().forEach(v -> items.add((YamlNode) v));
                        Origin origin = items.get(0).origin();
                        out.add(
                                new Overrides.Assignment(
                                        path, new YamlNode.Sequence(items, origin), origin, scope));
                    }
                });
        return out;
    }

    /**
     * Returns a problem for each cell of a column that fills no field and holds a line break:
     * templates print it as {@code row.<header>}, a one-line value like every value that is not
     * Markdown. A cell that fills a field is checked by the field's reader, which knows whether the
     * field may span lines.
     */
    List<Problem> lineBreaks(Row row) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (targetOf(cell.getKey()).isPresent()) {
                continue;
            }
            String problem = TextRules.checkLine(cell.getValue());
            if (problem != null) {
                out.add(
                        new Problem(
                                row.origin(cell.getKey()).toString(),
                                "row." + cell.getKey(),
                                problem));
            }
        }
        return out;
    }

    /**
     * Returns one "not given" assignment per field column, at the header's origin, so that binding
     * them reports unknown fields once per column rather than once per row.
     */
    List<Overrides.Assignment> probe(Collection<String> headers, String source) {
        Map<List<String>, Overrides.Assignment> out = new LinkedHashMap<>();
        for (String header : headers) {
            Optional<ColumnMap.Target> target = targetOf(header);
            if (target.isEmpty()) {
                continue;
            }
            Origin origin = Origin.of(source + ", column \"" + header + "\"");
            YamlNode value =
                    target.get().index() == 0
                            ? new YamlNode.Text("", true, origin)
                            : new YamlNode.Sequence(List.of(), origin);
            out.putIfAbsent(
                    target.get().path(),
                    new Overrides.Assignment(target.get().path(), value, origin));
        }
        return new ArrayList<>(out.values());
    }
}
