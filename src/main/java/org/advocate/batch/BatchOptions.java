package org.advocate.batch;

import java.nio.file.Path;
import org.advocate.load.rows.RowFormat;
import org.advocate.output.OutputOptions;

/**
 * What a batch run is asked to do.
 *
 * @param rows the rows file
 * @param rowsFormat its format, or null to choose by extension
 * @param outDir the folder every output goes into
 * @param name the output name pattern, e.g. {@code {recipient.lastName}.md}
 * @param format the output format name, or null to take it from the pattern's extension
 * @param jobs how many letters to render at once
 * @param force replace existing files
 * @param resume finish an interrupted run: skip files the manifest records, redo the rest
 * @param continueOnError keep going past a failed row, listing failures in failed.csv
 * @param shard which part of the rows this run takes
 * @param report where to write the JSON report, or null
 * @param limit the most rows to read (0 for all)
 * @param dryRun print the plan and write nothing
 * @param quiet draw no progress bar, even on a terminal (the summary line is still printed)
 * @param output how each letter is written (paper size, archival PDF)
 * @param allowEmpty accept a rows file without data rows (else it is an error)
 */
public record BatchOptions(
        Path rows,
        RowFormat rowsFormat,
        Path outDir,
        String name,
        String format,
        int jobs,
        boolean force,
        boolean resume,
        boolean continueOnError,
        Shard shard,
        Path report,
        long limit,
        boolean dryRun,
        boolean quiet,
        OutputOptions output,
        boolean allowEmpty) {}
