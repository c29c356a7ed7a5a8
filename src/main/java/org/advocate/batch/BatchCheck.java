package org.advocate.batch;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.advocate.AdvocateException;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.load.rows.RowFormat;
import org.advocate.load.rows.RowReader;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;

/**
 * What {@code check --rows} finds in a batch without writing anything: every row's invalid or
 * missing fields, every row whose letter fails to render, and, given a name pattern, every output
 * name that is unsafe or collides with another row's or an existing file. Rows are streamed.
 */
public final class BatchCheck {
    private final Composer composer;
    private final PreparedLetter letter;

    /**
     * @param composer binds and renders each row's letter, to find its problems
     * @param letter the parsed letter file
     */
    public BatchCheck(Composer composer, PreparedLetter letter) {
        this.composer = composer;
        this.letter = letter;
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
        return check(rows, format, name, outDir, writer, false);
    }

    /**
     * Checks every row.
     *
     * @param rows the rows file
     * @param format its format, or null to tell by its extension
     * @param name the output name pattern, or null to skip the name checks
     * @param outDir the output folder names are checked against, or null for the current folder
     * @param writer the output format, for the extension a pattern without one gets
     * @param allowEmpty whether a rows file without data rows is fine ({@code --allow-empty})
     * @return the problems, and the first good row's letter
     */
    public Result check(
            Path rows,
            RowFormat format,
            String name,
            Path outDir,
            LetterWriter writer,
            boolean allowEmpty) {
        return check(rows, format, name, outDir, writer, allowEmpty, (row, bound) -> List.of());
    }

    /** A further check of each row's letter, once it has rendered. */
    @FunctionalInterface
    public interface RowRule {
        /** What is wrong with the row's letter, each problem naming its row or cell. */
        List<Problem> check(Row row, Letter bound);
    }

    /**
     * Checks every row, each also with a further rule (such as {@code send}'s addresses).
     *
     * @param rows the rows file
     * @param format its format, or null to tell by its extension
     * @param name the output name pattern, or null to skip the name checks
     * @param outDir the output folder names are checked against, or null for the current folder
     * @param writer the output format, for the extension a pattern without one gets
     * @param allowEmpty whether a rows file without data rows is fine ({@code --allow-empty})
     * @param rule what else to check in each row's letter
     * @return the problems, and the first good row's letter
     */
    public Result check(
            Path rows,
            RowFormat format,
            String name,
            Path outDir,
            LetterWriter writer,
            boolean allowEmpty,
            RowRule rule) {
        Set<Problem> problems = new LinkedHashSet<>();
        RenderedLetter first = null;
        Letter firstLetter = null;
        String file = rows.toString();
        try (RowReader reader = RowReader.open(rows, format, allowEmpty)) {
            if (!reader.headers().isEmpty()) {
                letter.checkColumns(reader.headers(), file);
                letter.warnUnmatchedColumns(reader.headers(), file);
            }
            while (reader.hasNext()) {
                Row row = reader.next();
                try {
                    Letter bound = composer.bind(letter, row);
                    RenderedLetter rendered = composer.render(bound, row.cells());
                    problems.addAll(rule.check(row, bound));
                    if (first == null) {
                        first = rendered;
                        firstLetter = bound;
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
            problems.addAll(names(rows, format, name, outDir, writer, allowEmpty));
        }
        List<Problem> sorted = new java.util.ArrayList<>(problems);
        sorted.sort(Row.BY_ROW);
        return new Result(List.copyOf(sorted), firstLetter, first);
    }

    /**
     * What the check found.
     *
     * @param problems every problem, in row order, each once
     * @param firstLetter the first row's letter that rendered, as bound; or null
     * @param first that letter rendered, for a lint of its text; or null
     */
    public record Result(List<Problem> problems, Letter firstLetter, RenderedLetter first) {}

    private List<Problem> names(
            Path rows,
            RowFormat format,
            String name,
            Path outDir,
            LetterWriter writer,
            boolean allowEmpty) {
        String pattern = OutputFormat.withExtension(name, composer.writers(), writer);
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
                        true,
                        OutputOptions.DEFAULT,
                        allowEmpty);
        try {
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            new BatchJob(composer, letter, options).run(discard, discard, total -> Progress.none());
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
