package org.advocate.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, declared once on the root command and inherited by the subcommands:
 * {@code --quiet} and {@code --verbose}.
 */
final class GlobalOptions {
    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description =
                    "Print only results and errors: no progress bars or next steps (batch keeps"
                            + " its one summary line).")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "Explain more; errors also print their chain of causes.")
    boolean verbose;

    /** Whether an option was given anywhere on the command line (root or subcommand). */
    static boolean given(ParseResult root, String name) {
        for (ParseResult r = root; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code --quiet} applies to the command being run. */
    static boolean quiet(CommandSpec spec) {
        return given(spec.root().commandLine().getParseResult(), "--quiet");
    }
}
