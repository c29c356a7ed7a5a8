package org.advocate.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.compose.Composer;
import org.advocate.compose.TemplateInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advocate templates}: browse the letter templates. */
@Command(
        name = "templates",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Browse the letter templates.", ""},
        subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.ShowTemplate.class})
final class TemplatesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** {@code advocate templates list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {"List the templates: name, languages and purpose.", ""})
    static final class ListTemplates implements Callable<Integer> {
        private final CliContext context;

        @Mixin LibraryOption library;

        ListTemplates(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Table table = new Table(List.of("NAME", "LANGUAGES", "PURPOSE"), List.of(2));
            try (Composer composer = library.composer()) {
                for (String name : composer.library().templateNames()) {
                    TemplateInfo info = composer.describeTemplate(name);
                    table.row(List.of(name, languages(info), info.purpose()));
                }
            }
            context.out().print(table.render(Table.width(context.env())));
            return ExitCode.OK.code();
        }
    }

    /** {@code advocate templates show NAME}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Show a template: its purpose, languages, the variables it uses and which of"
                        + " them it requires (found by test-rendering it).",
                ""
            })
    static final class ShowTemplate implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The template's name, e.g. support.")
        String name;

        @Mixin LibraryOption library;

        ShowTemplate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            TemplateInfo info;
            try (Composer composer = library.composer()) {
                info = composer.inspectTemplate(name);
            }
            var out = context.out();
            out.println(info.name() + ": " + info.purpose());
            out.println();
            out.println("file:      " + info.origin());
            out.println("languages: " + languages(info));
            if (!info.description().isEmpty()) {
                out.println();
                out.println(info.description());
            }
            out.println();
            out.println("Variables (* = the letter must give it: the template fails without it):");
            for (String variable : info.variables()) {
                out.println((info.required().contains(variable) ? "  * " : "    ") + variable);
            }
            return ExitCode.OK.code();
        }
    }

    private static String languages(TemplateInfo info) {
        StringBuilder s = new StringBuilder("en");
        for (String tag : info.languages()) {
            s.append(", ").append(tag);
        }
        return s.toString();
    }
}
