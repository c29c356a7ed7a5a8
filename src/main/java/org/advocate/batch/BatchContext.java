package org.advocate.batch;

import org.advocate.compose.Composer;
import org.advocate.load.PreparedLetter;
import org.advocate.output.LetterWriter;

/**
 * What every part of one batch run shares: the composer, the letter file parsed once, the output
 * format and the run's options.
 *
 * @param composer binds, renders and writes each row's letter
 * @param letter the parsed letter file, bound once per row
 * @param writer the output format
 * @param options what the run was asked to do
 */
record BatchContext(
        Composer composer, PreparedLetter letter, LetterWriter writer, BatchOptions options) {}
