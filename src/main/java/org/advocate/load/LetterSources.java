package org.advocate.load;

import java.nio.file.Path;
import org.advocate.input.YamlNode;

/**
 * What a prepared letter is bound from, the same for every binding: the parsed files, the command
 * line's options and the letter's {@code columns:}.
 *
 * @param trees the parsed YAML trees and their folders
 * @param options what the command line changes
 * @param columns the letter's mapping of row and signatory columns to fields
 */
record LetterSources(Trees trees, LetterLoader.Options options, ColumnMap columns) {
    /**
     * The parsed YAML trees and the folders their relative paths resolve against.
     *
     * @param letter the letter file's mapping
     * @param organization the organization's mapping (its file's, or the letter's inline one), or
     *     null
     * @param orgPrefix the dotted path of the organization's fields in messages ({@code
     *     organization} inline, empty in a file of its own)
     * @param orgDir the folder the organization's relative paths resolve against
     * @param dir the folder the letter's relative paths resolve against
     */
    record Trees(
            YamlNode.Mapping letter,
            YamlNode.Mapping organization,
            String orgPrefix,
            Path orgDir,
            Path dir) {}
}
