package org.advocate.batch;

import java.io.IOException;
import org.advocate.OutputException;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowReader;

/**
 * Keeps {@code --resume} from finishing a run with other inputs than the run that began it. Before
 * anything is written, the first file the manifest records as finished is made again in memory and
 * compared with its recorded SHA-256. A changed letter, template, organization, argument, library
 * or date changes every letter, so one comparison finds it; a change to the cells of one finished
 * row alone is not seen (that row's file stays as it was).
 */
final class ResumeCheck {
    private ResumeCheck() {}

    /**
     * Checks a plan's first finished file, if it has one.
     *
     * @throws OutputException when that file is not what this run would make
     * @throws org.advocate.AdvocateException when its row can no longer be bound or rendered
     */
    static void check(Plan plan, BatchOptions options, Renderer renderer) {
        Plan.Entry finished =
                plan.entries().stream()
                        .filter(e -> e.action() == Plan.Action.SKIP)
                        .findFirst()
                        .orElse(null);
        if (finished == null) {
            return;
        }
        try (RowReader rows = RowReader.open(options.rows(), options.rowsFormat())) {
            while (rows.hasNext()) {
                Row row = rows.next();
                if (row.number() == finished.number()) {
                    compare(row, finished, plan, renderer);
                    return;
                }
            }
        }
    }

    private static void compare(Row row, Plan.Entry finished, Plan plan, Renderer renderer) {
        String hash;
        try {
            hash = Renderer.sha256(renderer.content(row));
        } catch (IOException e) {
            throw new OutputException(row.label() + ": cannot render: " + e.getMessage(), e);
        }
        if (!hash.equals(finished.sha256())) {
            throw new OutputException(
                    row.label()
                            + ": "
                            + plan.outDir().resolve(finished.path())
                            + ": written by an earlier run from other inputs (the letter, its"
                            + " template or data, or the date has changed since); --resume only"
                            + " finishes a run with the same inputs: use --force to write every"
                            + " file again");
        }
    }
}
