package org.advocate.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;
import org.advocate.model.Letter;

/**
 * The first pass of a batch: reads every row (streamed), binds its letter, and computes its output
 * name, collecting every problem of every row; then checks the names against each other and the
 * output folder. Nothing is written.
 */
final class Planner {
    private final BatchContext batch;
    private final PreparedLetter letter;
    private final NamePattern pattern;
    private final BatchOptions options;

    Planner(BatchContext batch, NamePattern pattern) {
        this.batch = batch;
        this.letter = batch.letter();
        this.pattern = pattern;
        this.options = batch.options();
    }

    /** A name already taken, and by which row. */
    private record Taken(int number, String path) {}

    /**
     * Plans the batch.
     *
     * @throws InputException listing every problem of every row
     * @throws org.advocate.OutputException listing every output that cannot be written
     */
    Plan plan() {
        List<Problem> problems = new ArrayList<>();
        Refusals refused = new Refusals();
        Map<String, Taken> taken = new HashMap<>();
        Set<String> reserved = reservedNames();
        List<Plan.Entry> entries = new ArrayList<>();
        String file = options.rows().toString();
        int read = 0;
        try {
            long total = pattern.numbered() ? count() : 0;
            read = planRows(problems, refused, taken, reserved, entries, total);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(refused.problems());
        if (!problems.isEmpty()) {
            problems.sort(Row.BY_ROW);
            throw new InputException(problems);
        }
        return new OutputFolder(options).check(entries, read);
    }

    /** How many rows the batch reads, for the width of {@code {#}}. */
    private long count() {
        long count = 0;
        try (RowReader rows = RowReader.open(options.rows(), options.rowsFormat())) {
            while ((options.limit() == 0 || count < options.limit()) && rows.hasNext()) {
                rows.next();
                count++;
            }
        }
        return count;
    }

    private int planRows(
            List<Problem> problems,
            Refusals refused,
            Map<String, Taken> taken,
            Set<String> reserved,
            List<Plan.Entry> entries,
            long total) {
        String file = options.rows().toString();
        int read = 0;
        try (RowReader rows = RowReader.open(options.rows(), options.rowsFormat())) {
            Set<String> seen = new HashSet<>(rows.headers());
            if (!rows.headers().isEmpty()) {
                letter.checkColumns(rows.headers(), file);
                letter.warnUnmatchedColumns(rows.headers(), file);
                pattern.checkColumns(rows.headers(), file);
            }
            while ((options.limit() == 0 || read < options.limit()) && rows.hasNext()) {
                Row row = rows.next();
                read++;
                checkNewColumns(row, seen, file, problems);
                Letter bound;
                try {
                    bound = batch.composer().bind(letter, row);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                    continue;
                }
                refused.add(row, batch.composer().check(bound, batch.writer()));
                String path =
                        pattern.expand(
                                batch.composer().variables(bound, row.cells()),
                                row.number(),
                                total);
                if (path.startsWith("!")) {
                    problems.add(new Problem(row.label(), "--name", path.substring(1)));
                    continue;
                }
                String key = SafeNames.collisionKey(path);
                Taken first = taken.putIfAbsent(key, new Taken(row.sheetRow(), path));
                if (first != null) {
                    problems.add(
                            new Problem(
                                    row.label(),
                                    "--name",
                                    "output name '"
                                            + path
                                            + "' collides with row "
                                            + first.number()
                                            + " ('"
                                            + first.path()
                                            + "'); add a column that tells them apart to the"
                                            + " pattern"));
                    continue;
                }
                if (reserved.contains(key)) {
                    problems.add(
                            new Problem(
                                    row.label(),
                                    "--name",
                                    "output name '"
                                            + path
                                            + "' is reserved for the batch's own files"));
                    continue;
                }
                if (options.shard().includes(row.index())) {
                    entries.add(
                            new Plan.Entry(
                                    row.number(), path, Plan.Action.WRITE, null, row.label()));
                }
            }
        }
        return read;
    }

    /** Checks columns a YAML or JSON row names for the first time, once each. */
    private void checkNewColumns(Row row, Set<String> seen, String file, List<Problem> problems) {
        List<String> fresh = new ArrayList<>();
        for (String header : row.cells().keySet()) {
            if (seen.add(header)) {
                fresh.add(header);
            }
        }
        if (!fresh.isEmpty()) {
            try {
                letter.checkColumns(fresh, file);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
    }

    private Set<String> reservedNames() {
        Set<String> names = new HashSet<>();
        names.add(SafeNames.collisionKey(FailedRows.fileName(options.shard())));
        if (options.report() != null) {
            java.nio.file.Path dir = options.outDir().toAbsolutePath().normalize();
            java.nio.file.Path report = options.report().toAbsolutePath().normalize();
            if (report.startsWith(dir)) {
                names.add(
                        SafeNames.collisionKey(
                                dir.relativize(report).toString().replace('\\', '/')));
            }
        }
        return names;
    }

    /**
     * What the output format refuses, by row. The same problem in many rows (a character in the
     * organization's name, shared by every letter) is one line naming its first row and then the
     * others' numbers (the first five), not one line per row.
     */
    private static final class Refusals {
        private static final int NAMED = 5;
        private final Map<String, List<Integer>> rowsByProblem = new LinkedHashMap<>();
        private final Map<String, Problem> first = new HashMap<>();

        void add(Row row, List<Problem> found) {
            for (Problem p : found) {
                String key = p.field() + "\n" + p.message();
                first.putIfAbsent(key, new Problem(row.label(), p.field(), p.message()));
                rowsByProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(row.sheetRow());
            }
        }

        List<Problem> problems() {
            List<Problem> out = new ArrayList<>();
            rowsByProblem.forEach(
                    (key, rows) -> {
                        Problem p = first.get(key);
                        List<Integer> others = rows.subList(1, rows.size());
                        if (others.isEmpty()) {
                            out.add(p);
                            return;
                        }
                        StringBuilder also = new StringBuilder(" (also in row");
                        also.append(others.size() == 1 ? " " : "s ");
                        for (int i = 0; i < Math.min(NAMED, others.size()); i++) {
                            also.append(i == 0 ? "" : ", ").append(others.get(i));
                        }
                        if (others.size() > NAMED) {
                            also.append(" and ").append(others.size() - NAMED).append(" more");
                        }
                        out.add(new Problem(p.origin(), p.field(), p.message() + also + ")"));
                    });
            return out;
        }
    }
}
