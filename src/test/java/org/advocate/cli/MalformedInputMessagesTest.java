package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds every malformed-input fixture of the test suite (the hand-made ones in {@code
 * cli/malformed/} and the fuzzers' seeds and findings) to the command line in the role it was made
 * for, and fails when what advocate prints names a Java class or repeats a parser's own wording:
 * every refusal must be advocate's own sentence.
 */
class MalformedInputMessagesTest {
    private static final Path RESOURCES = Path.of("src/test/resources/org/advocate");
    private static final String EXAMPLE = "examples/amnesty-support/letter.yaml";
    private static final String ORG = "examples/amnesty-support/organization.yaml";
    private static final String BATCH_LETTER = "examples/legislators/letter.yaml";
    private static final String BATCH_ROWS = "examples/legislators/recipients.csv";

    /**
     * Java class names, stack traces, and the wording of the JSON, YAML, CSV and template parsers.
     */
    private static final Pattern INTERNALS =
            Pattern.compile(
                    String.join(
                            "|",
                            "\\bjava\\.",
                            "\\bjavax\\.",
                            "\\bjdk\\.",
                            "Exception",
                            "\\bcom\\.fasterxml",
                            "\\borg\\.(yaml|snakeyaml|apache|commonmark|openpdf|librepdf)",
                            "\\bfreemarker\\.",
                            "\\bpicocli\\.",
                            "\\n\\s+at [\\w.$]+\\(",
                            "Caused by",
                            "internal error",
                            // Jackson
                            "\\(code \\d+\\)",
                            "was expecting",
                            "Unrecognized (token|character escape)",
                            "Unexpected (character|end-of-input|close marker)",
                            "CTRL-CHAR",
                            "has to be escaped",
                            "field name",
                            "Object entries",
                            "Array entries",
                            "\\[Source:",
                            // snakeyaml
                            "<(block|scalar|stream|flow|document|key|value)[^>]*>",
                            "while (scanning|parsing)",
                            "(could|did) not find expected",
                            "mapping values are not allowed",
                            "found (unexpected|character|undefined)",
                            "but (found|got)",
                            "expected ',' or",
                            "in 'reader'",
                            // commons-csv
                            "encapsulated token",
                            "EOF reached",
                            "startline",
                            "position: \\d+",
                            // FreeMarker's own phrasing
                            "Tip:",
                            "FTL stack trace",
                            "Failed at:",
                            "==> ",
                            "Encountered \"",
                            "Was expecting one of"));

    @TempDir Path dir;

    /** Every fixture, named by its path below the test resources, with its role. */
    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = RESOURCES.relativize(file).toString().replace('\\', '/');
                for (String role : roles(path)) {
                    all.add(Arguments.of(Named.of(role + " " + path, file), role));
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        return all.stream();
    }

    /** What a fixture is fed as; none for fixtures that are not malformed input. */
    private static List<String> roles(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("cli/malformed/")) {
            return List.of(name.substring(0, name.indexOf('-')));
        }
        if (path.contains("LoaderFuzzTestInputs/anyBytesLoad")) {
            return List.of("letter", "org", "rows-yaml", "signatories-yaml");
        }
        if (path.contains("anyLetterFile")) {
            return List.of("letter");
        }
        if (path.contains("anyOrganizationFile")) {
            return List.of("org");
        }
        if (path.contains("RowsFuzzTestInputs")) {
            return List.of("rows-fuzz", "signatories-fuzz");
        }
        if (path.contains("NamePatternFuzzTestInputs")) {
            return List.of("name");
        }
        if (path.contains("TemplateEngineFuzzTestInputs")) {
            return List.of("template");
        }
        return List.of();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyRefusalIsAdvocatesOwnSentence(Path fixture, String role) throws IOException {
        byte[] bytes = Files.readAllBytes(fixture);
        String name = fixture.getFileName().toString();
        Cli.Result result =
                switch (role) {
                    case "letter" -> {
                        Files.copy(Path.of(ORG), dir.resolve("organization.yaml"));
                        yield Cli.exec("compose", write("letter.yaml", bytes).toString());
                    }
                    case "org" ->
                            Cli.exec(
                                    "compose", EXAMPLE, "--org", write("organisation.yaml", bytes));
                    case "template" -> Cli.exec("compose", EXAMPLE, "-t", write("t.md.ftl", bytes));
                    case "rows" -> rows(write(name, bytes).toString());
                    case "rows-yaml" -> rows(write("rows.yaml", bytes).toString());
                    case "rows-fuzz" -> rows(write(fuzzedRowsName(bytes), rest(bytes)).toString());
                    case "signatories" -> signatories(write(name, bytes));
                    case "signatories-yaml" -> signatories(write("signers.yaml", bytes));
                    case "signatories-fuzz" ->
                            signatories(write(fuzzedRowsName(bytes), rest(bytes)));
                    case "name" -> name(bytes);
                    default -> throw new IllegalArgumentException("no role " + role);
                };
        String printed = result.err() + result.out();
        assertThat(result.code()).as(printed).isNotEqualTo(1);
        Matcher internal = INTERNALS.matcher(result.err());
        assertThat(internal.find())
                .as("'%s' in:%n%s", internal.find(0) ? internal.group() : "", result.err())
                .isFalse();
    }

    private String write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    /** The rows fuzzer's first byte chooses the format. */
    private static String fuzzedRowsName(byte[] bytes) {
        String[] extensions = {"csv", "yaml", "json"};
        return "rows." + (bytes.length == 0 ? "csv" : extensions[(bytes[0] & 0xff) % 3]);
    }

    private static byte[] rest(byte[] bytes) {
        return bytes.length == 0 ? bytes : Arrays.copyOfRange(bytes, 1, bytes.length);
    }

    private Cli.Result rows(String rows) {
        return Cli.exec(
                "batch",
                BATCH_LETTER,
                "--rows",
                rows,
                "--out-dir",
                dir.resolve("out").toString(),
                "--name",
                "{recipient.lastName}.md",
                "--dry-run");
    }

    private Cli.Result signatories(String file) {
        return Cli.exec("compose", "examples/coalition-sign-on/letter.yaml", "--signatories", file);
    }

    /** A name-pattern fixture: the pattern, then a NUL and a value the pattern does not use. */
    private Cli.Result name(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String pattern = text.contains("\0") ? text.substring(0, text.indexOf('\0')) : text;
        return Cli.exec(
                "batch",
                BATCH_LETTER,
                "--rows",
                BATCH_ROWS,
                "--out-dir",
                dir.resolve("out").toString(),
                "--name",
                pattern,
                "--dry-run");
    }
}
