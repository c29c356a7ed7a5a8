package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Terminal and scripting conventions: completion, @argfiles, env defaults, colour, verbosity. */
class ConventionsTest {
    static final String EXAMPLE = "examples/amnesty-support/letter.yaml";
    static final String ESC = "\u001b[";

    @TempDir Path dir;

    @Test
    void generatesABashAndZshCompletionScript() {
        Cli.Result result = Cli.exec("generate-completion");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains(
                        "complete -F _complete_advocate",
                        "compdef") // bash, and zsh through bashcompinit
                .contains("check", "arguments", "templates", "init", "--format");
    }

    @Test
    void argumentFilesExpand() throws IOException {
        Path args = dir.resolve("args.txt");
        Files.writeString(
                args, "compose\n" + EXAMPLE + "\n--set \"recipient.name=Jane Roe\"\n-a buyers\n");
        Cli.Result result = Cli.exec("@" + args);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Jane Roe").doesNotContain("Broad laws against");
    }

    @Test
    void environmentGivesDefaultsThatOptionsOverride() {
        String fr = new Cli().env("ADVOCATE_LOCALE", "fr-FR").run("compose", EXAMPLE).out();
        // The letter names its locale (en-US): the environment is only a default.
        assertThat(fr).contains("August 20, 2015");
        String explicit =
                new Cli()
                        .env("ADVOCATE_LOCALE", "fr-FR")
                        .run("compose", EXAMPLE, "--locale", "es-ES")
                        .out();
        assertThat(explicit).contains("20 de agosto de 2015");
    }

    @Test
    void environmentLocaleAppliesToLettersWithoutOne() throws IOException {
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                Files.readString(Path.of(EXAMPLE))
                        .replace("locale: en-US\n", "")
                        .replace(
                                "organization: organization.yaml",
                                "organization: "
                                        + Path.of("examples/amnesty-support/organization.yaml")
                                                .toAbsolutePath()));
        assertThat(
                        new Cli()
                                .env("ADVOCATE_LOCALE", "fr-FR")
                                .run("compose", letter.toString())
                                .out())
                .contains("20 août 2015", "\nMonsieur,\n");
        assertThat(Cli.exec("compose", letter.toString()).out()).contains("August 20, 2015");
    }

    @Test
    void letterFileCanNameItsLibrary() throws IOException {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("tiny.md.ftl"), "Tiny letter to ${recipient.name}.\n");
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                "library: lib\ntemplate: tiny\norganization: "
                        + Path.of("examples/amnesty-support/organization.yaml").toAbsolutePath()
                        + "\nrecipient: { name: Jane Roe }\n");
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Tiny letter to Jane Roe.\n");
        assertThat(Cli.exec("check", letter.toString()).code()).isZero();
    }

    @Test
    void paperTakesItsDefaultFromTheEnvironment() {
        // --paper belongs to the PDF writer; the provider serves any command that declares it.
        CommandSpec spec = CommandSpec.create().addOption(OptionSpec.builder("--paper").build());
        EnvironmentDefaults defaults =
                new EnvironmentDefaults(java.util.Map.of("ADVOCATE_PAPER", "a4"));
        assertThat(defaults.defaultValue(spec.findOption("--paper"))).isEqualTo("a4");
        assertThat(EnvironmentDefaults.variable("--library")).isEqualTo("ADVOCATE_LIBRARY");
        assertThat(
                        new EnvironmentDefaults(java.util.Map.of())
                                .defaultValue(spec.findOption("--paper")))
                .isNull();
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                Files.readString(Path.of(EXAMPLE))
                        .replace("- buyers", "- byers")
                        .replace(
                                "organization: organization.yaml",
                                "organization: "
                                        + Path.of("examples/amnesty-support/organization.yaml")
                                                .toAbsolutePath()));
        assertThat(new Cli().terminal(true).run("check", letter.toString()).out()).contains(ESC);
        assertThat(new Cli().terminal(true).run("--help").out()).contains(ESC);
        assertThat(new Cli().terminal(false).run("check", letter.toString()).out())
                .doesNotContain(ESC);
        for (String value : List.of("1", "")) {
            Cli noColor = new Cli().terminal(true).env("NO_COLOR", value);
            assertThat(noColor.run("check", letter.toString()).out()).doesNotContain(ESC);
            assertThat(noColor.run("--help").out()).doesNotContain(ESC);
            assertThat(noColor.run("arguments", "list").out()).doesNotContain(ESC);
        }
    }

    @Test
    void verboseAddsTheCauseChain() throws IOException {
        Path template = dir.resolve("bad.md.ftl");
        Files.writeString(template, "Hello <#if>\n");
        Cli.Result quiet = Cli.exec("compose", EXAMPLE, "-t", template.toString());
        assertThat(quiet.code()).isEqualTo(4);
        assertThat(quiet.err().lines()).hasSize(1);
        Cli.Result verbose = Cli.exec("compose", "--verbose", EXAMPLE, "-t", template.toString());
        assertThat(verbose.code()).isEqualTo(4);
        assertThat(verbose.err().lines().toList())
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).startsWith("advocate: "));
        assertThat(verbose.err()).contains("caused by: freemarker.core.ParseException");
        // The option is inherited: it works before the subcommand too.
        assertThat(Cli.exec("-v", "compose", EXAMPLE, "-t", template.toString()).err())
                .contains("caused by:");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cmd = Cli.commandModel();
        assertThat(cmd.getSubcommands().keySet())
                .contains(
                        "compose",
                        "check",
                        "arguments",
                        "templates",
                        "init",
                        "generate-completion");
        for (String command : List.of("check", "init", "arguments", "templates")) {
            Cli.Result help = Cli.exec(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: advocate " + command);
        }
    }

    @Test
    void aMistypedCommandIsAnsweredFromTheWholeCommandModel() {
        Cli.Result result = Cli.exec("compos", "letter.yaml");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Did you mean: advocate compose");
    }

    @Test
    void theRootHelpListsEveryCommandAndAnArgumentFileMayNameOne() throws java.io.IOException {
        assertThat(Cli.exec("--help").out())
                .contains("compose", "batch", "check", "arguments", "templates", "init");
        java.nio.file.Path args = java.nio.file.Files.createTempFile("advocate", ".args");
        java.nio.file.Files.writeString(args, "arguments list\n");
        try {
            Cli.Result result = Cli.exec("@" + args);
            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("buyers");
        } finally {
            java.nio.file.Files.delete(args);
        }
    }

    @Test
    @ResourceLock(Resources.SYSTEM_ERR)
    void everyHelpTextFormatsWithoutWarnings() {
        // picocli formats descriptions with String.format: a lone % garbles the help and makes
        // picocli print a warning on the real standard error.
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            java.util.Deque<CommandLine> todo =
                    new java.util.ArrayDeque<>(List.of(Cli.commandModel()));
            while (!todo.isEmpty()) {
                CommandLine cmd = todo.pop();
                todo.addAll(cmd.getSubcommands().values());
                assertThat(cmd.getUsageMessage()).isNotBlank();
            }
        } finally {
            System.setErr(realErr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
