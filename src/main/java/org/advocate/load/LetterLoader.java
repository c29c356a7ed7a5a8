package org.advocate.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.InputFiles;
import org.advocate.input.Problems;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;
import org.advocate.model.Letter;

/**
 * Reads a {@code letter.yaml} (and the organization file it names) into a {@link Letter}, applying
 * command-line overrides first and reporting every problem at once. For a batch, {@link #prepare}
 * parses the files once and the result binds one letter per row.
 */
public final class LetterLoader {
    /** The positions where a letter may add its own Markdown paragraphs. */
    public static final Set<String> PARAGRAPH_POSITIONS =
            Set.of(
                    "opening",
                    "before-arguments",
                    "after-arguments",
                    "before-closing",
                    "postscript",
                    "record");

    private final Catalog catalog;
    private final Consumer<Problem> warnings;

    /** Creates a loader that checks argument and template names against the catalog. */
    public LetterLoader(Catalog catalog) {
        this(catalog, warning -> {});
    }

    /**
     * @param catalog checks argument and template names
     * @param warnings receives what is odd but not wrong (such as a duplicate signatory)
     */
    public LetterLoader(Catalog catalog, Consumer<Problem> warnings) {
        this.catalog = catalog;
        this.warnings = warnings;
    }

    /**
     * What the command line adds to or replaces in the letter file.
     *
     * @param organization an organization file replacing the letter's, or null
     * @param template a template replacing the letter's, or null
     * @param arguments argument ids replacing the letter's, or empty
     * @param overrides {@code --set} options
     * @param signatories a signatories file replacing the letter's, or null
     * @param allowEmpty whether a signatories file without data rows is fine (else an error)
     */
    public record Options(
            Path organization,
            String template,
            List<String> arguments,
            Overrides overrides,
            Path signatories,
            boolean allowEmpty) {
        public Options {
            arguments = List.copyOf(arguments);
        }

        /** Options whose signatories file, if any, must have data rows. */
        public Options(
                Path organization,
                String template,
                List<String> arguments,
                Overrides overrides,
                Path signatories) {
            this(organization, template, arguments, overrides, signatories, false);
        }

        /** Options without a signatories file. */
        public Options(
                Path organization, String template, List<String> arguments, Overrides overrides) {
            this(organization, template, arguments, overrides, null);
        }

        /** No changes. */
        public static Options none() {
            return new Options(null, null, List.of(), Overrides.none(), null);
        }
    }

    /**
     * Loads a letter.
     *
     * @param file the letter file
     * @param options what the command line changes
     * @param defaultDate the date to use when the letter has none
     */
    public Letter load(Path file, Options options, LocalDate defaultDate) {
        return load(LetterInput.read(file), options, defaultDate);
    }

    /**
     * Loads a letter already read, from a file or standard input.
     *
     * @param input the letter's text and the folder its relative paths resolve against
     * @param options what the command line changes
     * @param defaultDate the date to use when the letter has none
     */
    public Letter load(LetterInput input, Options options, LocalDate defaultDate) {
        return prepare(input, options).bind(defaultDate);
    }

    /**
     * Parses a letter file and its organization file, and checks the command line's overrides,
     * without binding: the result binds the letter as it is, or once per row of a batch.
     */
    public PreparedLetter prepare(Path file, Options options) {
        return prepare(LetterInput.read(file), options);
    }

    /** Like {@link #prepare(Path, Options)}, for a letter already read. */
    public PreparedLetter prepare(LetterInput input, Options options) {
        Path dir = input.dir();
        YamlNode root = input.parse();
        if (!(root instanceof YamlNode.Mapping letterMap)) {
            throw InputException.of(
                    root.origin().toString(), "", "expected a mapping of letter fields");
        }
        Problems problems = new Problems();
        YamlNode.Mapping orgMap = null;
        Path orgDir = dir;
        String orgPrefix = "organization";
        if (options.organization() != null) {
            orgMap = readMapping(options.organization());
            orgDir = options.organization().toAbsolutePath().getParent();
            orgPrefix = "";
            letterMap = withoutKey(letterMap, "organization");
        } else {
            YamlNode org = letterMap.get("organization");
            if (org instanceof YamlNode.Text text && !text.empty()) {
                Path orgFile = dir.resolve(text.value());
                if (!Files.exists(orgFile)) {
                    // Named at the letter's line, where the path is to be fixed.
                    problems.add(text.origin(), "organization", "file not found: " + orgFile);
                } else {
                    try {
                        orgMap = readMapping(orgFile);
                        orgDir = orgFile.toAbsolutePath().getParent();
                        orgPrefix = "";
                    } catch (InputException e) {
                        problems.addAll(e);
                    }
                }
            } else if (org instanceof YamlNode.Mapping inline) {
                orgMap = inline;
            } else if (org instanceof YamlNode.Sequence) {
                problems.add(
                        org.origin(),
                        "organization",
                        "expected a file path or a mapping, found a list");
            }
        }
        List<Overrides.Assignment> sets = options.overrides().parse();
        ColumnMap columns = ColumnMap.read(letterMap.get("columns"), problems);
        return new PreparedLetter(
                catalog,
                new LetterSources(
                        new LetterSources.Trees(letterMap, orgMap, orgPrefix, orgDir, dir),
                        options,
                        columns),
                sets,
                problems.toList(),
                warnings);
    }

    private static YamlNode.Mapping readMapping(Path file) {
        YamlNode node = StrictYaml.parse(file.toString(), InputFiles.read(file), 1);
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw InputException.of(node.origin().toString(), "", "expected a mapping of fields");
    }

    private static YamlNode.Mapping withoutKey(YamlNode.Mapping mapping, String key) {
        List<YamlNode.Entry> kept = new ArrayList<>(mapping.entries());
        kept.removeIf(e -> e.key().equals(key));
        return new YamlNode.Mapping(kept, mapping.origin());
    }
}
