package org.advocate.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advocate.OutputException;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;

/**
 * What {@code --resume} checks before anything is written, so that it stops without having written
 * a file when it must stop at all:
 *
 * <ul>
 *   <li>the first file the manifest records as finished is made again in memory and compared with
 *       its recorded SHA-256. A changed letter, template, organization, argument, library or date
 *       changes every letter, so one comparison finds a run whose inputs changed (a change to the
 *       cells of one finished row alone is not seen: that row's file stays as it was);
 *   <li>every file that exists but is not recorded (published just before a kill, or someone
 *       else's) is made and compared with the file: one that differs is not this run's.
 * </ul>
 */
final class ResumeCheck {
    private ResumeCheck() {}

    /**
     * Checks a plan's first finished file and its unrecorded existing files.
     *
     * @throws OutputException listing each file that is not what this run would make
     * @throws org.advocate.AdvocateException when such a row can no longer be bound or rendered
     */
    static void check(Plan plan, BatchOptions options, RowPublisher renderer) {
        Map<Integer, Plan.Entry> wanted = new TreeMap<>();
        plan.entries().stream()
                .filter(e -> e.action() == Plan.Action.SKIP)
                .findFirst()
                .ifPresent(e -> wanted.put(e.number(), e));
        plan.entries().stream()
                .filter(e -> e.action() == Plan.Action.VERIFY)
                .forEach(e -> wanted.put(e.number(), e));
        if (wanted.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try (RowReader rows = RowReader.open(options.rows(), options.rowsFormat())) {
            while (rows.hasNext() && !wanted.isEmpty()) {
                Row row = rows.next();
                Plan.Entry entry = wanted.remove(row.number());
                if (entry != null) {
                    compare(row, entry, plan.outDir().resolve(entry.path()), renderer, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new OutputException(problems);
        }
    }

    private static void compare(
            Row row, Plan.Entry entry, Path target, RowPublisher renderer, List<String> problems) {
        String hash;
        try {
            hash = RowPublisher.sha256(renderer.content(row));
        } catch (IOException e) {
            throw new OutputException(row.label() + ": cannot render: " + e.getMessage(), e);
        }
        if (entry.action() == Plan.Action.SKIP && !hash.equals(entry.sha256())) {
            problems.add(
                    row.label()
                            + ": "
                            + target
                            + ": written by an earlier run from other inputs (the letter, its"
                            + " template or data, or the date has changed since); --resume only"
                            + " finishes a run with the same inputs: use --force to write every"
                            + " file again");
        } else if (entry.action() == Plan.Action.VERIFY
                && !hash.equals(OutputFolder.sha256(target))) {
            problems.add(
                    row.label()
                            + ": "
                            + target
                            + ": file exists and differs from the letter this run makes; use"
                            + " --force to replace it");
        }
    }
}
