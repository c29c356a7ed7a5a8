package org.advocate.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.advocate.InputException;
import org.advocate.input.InputFiles;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;

/**
 * The text of a letter file and where it came from: a file, or standard input (named {@code -} on
 * the command line), whose relative paths resolve from the working folder.
 *
 * @param origin the name used in messages: the file path, or {@code <stdin>}
 * @param text the whole letter file
 * @param dir the folder relative paths in the letter resolve against
 * @param root the letter's YAML, parsed strictly once
 */
public record LetterInput(String origin, String text, Path dir, YamlNode root) {
    /** What messages call standard input. */
    public static final String STDIN = "<stdin>";

    /**
     * A letter's text, parsed now.
     *
     * @throws InputException when the text is not valid YAML
     */
    public LetterInput(String origin, String text, Path dir) {
        this(origin, text, dir, StrictYaml.parse(origin, text, 1));
    }

    /** Reads a letter file. */
    public static LetterInput read(Path file) {
        return new LetterInput(
                file.toString(), InputFiles.read(file), file.toAbsolutePath().getParent());
    }

    /** Reads a letter from standard input; relative paths in it resolve from {@code cwd}. */
    public static LetterInput read(InputStream in, Path cwd) {
        try {
            byte[] bytes = in.readNBytes((int) InputFiles.MAX_BYTES + 1);
            if (bytes.length > InputFiles.MAX_BYTES) {
                throw InputException.of(STDIN, "", "input is larger than the limit");
            }
            return new LetterInput(
                    STDIN, InputFiles.decode(STDIN, bytes), cwd.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw InputException.of(STDIN, "", "cannot read standard input: " + e.getMessage());
        }
    }

    /** Returns the letter file's own YAML, parsed strictly. */
    public YamlNode parse() {
        return root;
    }

    /**
     * Returns a text field at the top of the letter without validating the rest, such as {@code
     * library} (needed before the letter can be checked against the library).
     */
    public Optional<YamlNode.Text> topLevelText(String key) {
        if (parse() instanceof YamlNode.Mapping map
                && map.get(key) instanceof YamlNode.Text text
                && !text.empty()) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
