package org.advocate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.advocate.ExitCode;
import org.advocate.compose.Composer;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code advocate arguments}: browse the argument library. */
@Command(
        name = "arguments",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Browse the argument library.", ""},
        subcommands = {ArgumentsCommand.ListArguments.class, ArgumentsCommand.ShowArgument.class})
final class ArgumentsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** {@code advocate arguments list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {"List the arguments: id, title, tags and number of sources.", ""})
    static final class ListArguments implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--tag", paramLabel = "TAG", description = "Only arguments with this tag.")
        String tag;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Mixin LibraryOption library;

        ListArguments(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Library lib = library.library();
            List<Argument> arguments = new ArrayList<>();
            for (Argument argument : lib.arguments()) {
                if (tag == null || argument.tags().contains(tag)) {
                    arguments.add(argument);
                }
            }
            if (json) {
                context.out().println(json(arguments));
                return ExitCode.OK.code();
            }
            Table table = new Table(List.of("ID", "TITLE", "TAGS", "SOURCES"), List.of(1, 2));
            for (Argument a : arguments) {
                table.row(
                        List.of(
                                a.id(),
                                a.title(),
                                String.join(",", a.tags()),
                                String.valueOf(a.sources().size())));
            }
            context.out().print(table.render(Table.width(context.env())));
            if (arguments.isEmpty() && tag != null) {
                context.err().println("advocate: no argument has the tag '" + tag + "'");
            }
            return ExitCode.OK.code();
        }

        /** The arguments as a JSON array of objects, one per argument. */
        private static String json(List<Argument> arguments) {
            StringWriter text = new StringWriter();
            try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
                out.writeStartArray();
                for (Argument a : arguments) {
                    out.writeStartObject();
                    out.writeStringField("id", a.id());
                    out.writeStringField("title", a.title());
                    out.writeStringField("summary", a.summary());
                    out.writeArrayFieldStart("tags");
                    for (String tag : a.tags()) {
                        out.writeString(tag);
                    }
                    out.writeEndArray();
                    out.writeNumberField("sources", a.sources().size());
                    out.writeStringField("origin", a.origin());
                    out.writeEndObject();
                }
                out.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
    }

    /** {@code advocate arguments show ID}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Show one argument: its summary, its text as it prints in a letter from an"
                        + " example organization, and its sources.",
                ""
            })
    static final class ShowArgument implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The argument's id.")
        String id;

        @Mixin LibraryOption library;

        ShowArgument(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Library lib = library.library();
            Argument a = lib.argument(id);
            var out = context.out();
            out.println(a.title());
            out.println();
            out.println("id:      " + a.id());
            out.println("tags:    " + String.join(", ", a.tags()));
            out.println("file:    " + a.origin());
            out.println("summary: " + a.summary());
            out.println();
            try (Composer composer = library.composer()) {
                out.println(composer.preview(a));
            }
            out.println();
            out.println("Sources:");
            int n = 1;
            for (Source s : a.sources()) {
                out.println(
                        "  "
                                + n++
                                + ". "
                                + (s.author() != null ? s.author() : "Unsigned")
                                + ", "
                                + s.label()
                                + (s.kind() != null ? ", " + s.kind() : "")
                                + (s.date() != null ? " (" + s.date() + ")" : "")
                                + (s.after() != null ? " (undated, after " + s.after() + ")" : "")
                                + (s.url() != null ? " " + s.url() : ""));
            }
            return ExitCode.OK.code();
        }
    }
}
