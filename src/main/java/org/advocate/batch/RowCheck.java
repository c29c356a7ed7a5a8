package org.advocate.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.advocate.AdvocateException;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowFormat;
import org.advocate.load.rows.RowReader;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.Writers;
import org.advocate.template.LetterRenderer;

/**
 * What {@code check --rows} finds in a batch without writing anything: every row's invalid or
 * missing fields, every row whose letter fails to render, and, given a name pattern, every output
 * name that is unsafe or collides with another row's or an existing file. Rows are streamed.
 */
public final class RowCheck {
    private final PreparedLetter letter;
    private final LetterRenderer renderer;
    private final LocalDate defaultDate;

    /**
     * @param letter the parsed letter file
     * @param renderer renders each row's letter, to find template errors
     * @param defaultDate the date of letters that name none
     */
    public RowCheck(PreparedLetter letter, LetterRenderer renderer, LocalDate defaultDate) {
        this.letter = letter;
        this.renderer = renderer;
        this.defaultDate = defaultDate;
    }

    /**
     * Checks every row.
     *
     * @param rows the rows file
     * @param format its format, or null to tell by its extension
     * @param name the output name pattern, or null to skip the name checks
     * @param outDir the output folder names are checked against, or null for the current folder
     * @param writer the output format, for the extension a pattern without one gets
     * @return the problems, and the first good row's letter
     */
    public Result check(
            Path rows, RowFormat format, String name, Path outDir, LetterWriter writer) {
        Set<Problem> problems = new LinkedHashSet<>();
        RenderedLetter first = null;
        String file = rows.toString();
        try (RowReader reader = RowReader.open(rows, format)) {
            if (!reader.headers().isEmpty()) {
                letter.checkColumns(reader.headers(), file);
                letter.warnUnmatchedColumns(reader.headers(), file);
            }
            while (reader.hasNext()) {
                Row row = reader.next();
                try {
                    RenderedLetter rendered =
                            renderer.render(letter.bind(row, defaultDate), row.cells());
                    if (first == null) {
                        first = rendered;
                    }
                } catch (InputException e) {
                    problems.addAll(e.problems());
                } catch (AdvocateException e) {
                    for (String line : e.lines()) {
                        problems.add(new Problem(row.label(), "", line));
                    }
                }
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (name != null) {
            problems.addAll(names(rows, format, name, outDir, writer));
        }
        return new Result(List.copyOf(problems), first);
    }

    /**
     * What the check found.
     *
     * @param problems every problem, in row order, each once
     * @param first the first row's letter that rendered, for a lint of its text; or null
     */
    public record Result(List<Problem> problems, RenderedLetter first) {}

    private List<Problem> names(
            Path rows, RowFormat format, String name, Path outDir, LetterWriter writer) {
        String pattern = BatchJob.withExtension(name, Writers.standard(), writer);
        BatchOptions options =
                new BatchOptions(
                        rows,
                        format,
                        outDir != null ? outDir : Path.of("."),
                        pattern,
                        writer.name(),
                        1,
                        false,
                        false,
                        false,
                        Shard.ALL,
                        null,
                        0,
                        true,
                        true);
        try {
            new Planner(letter, NamePattern.parse(pattern), options, defaultDate, writer).plan();
            return List.of();
        } catch (InputException e) {
            return e.problems();
        } catch (AdvocateException e) {
            return e.lines().stream().map(line -> new Problem(file(rows), "--name", line)).toList();
        }
    }

    private static String file(Path rows) {
        return rows.toString();
    }
}
