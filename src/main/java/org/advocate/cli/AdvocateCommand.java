package org.advocate.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only help and version; the work is in the subcommands. */
@Command(
        name = "advocate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compose advocacy letters from organization details, a recipient and a cited argument"
                    + " library.",
            ""
        },
        footer = {
            "",
            "Exit codes:",
            "  0 ok             3 invalid input    5 output error",
            "  1 internal error 4 template error   6 check found problems",
            "  2 usage error"
        })
final class AdvocateCommand implements Callable<Integer> {
    /**
     * The subcommands, in help order. {@link Main} registers them itself, so that a run builds the
     * model of the one subcommand it runs and not of all of them.
     */
    static final List<Class<?>> SUBCOMMANDS =
            List.of(
                    ComposeCommand.class,
                    BatchCommand.class,
                    SendCommand.class,
                    CheckCommand.class,
                    ArgumentsCommand.class,
                    TemplatesCommand.class,
                    InitCommand.class,
                    picocli.AutoComplete.GenerateCompletion.class);

    @Spec CommandSpec spec;

    @picocli.CommandLine.Mixin GlobalOptions global;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return org.advocate.ExitCode.USAGE.code();
    }
}
