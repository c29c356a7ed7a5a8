package org.advocate.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.advocate.AdvocateException;
import org.advocate.ExitCode;
import picocli.CommandLine;

/**
 * The entry point. {@link #run(String...)} does everything but exit, with the streams, environment
 * and clock given to the constructor, so tests drive the whole command line in-process.
 */
public final class Main {
    private final CliContext context;
    private final Terminals terminals;
    private final WatchedOutput stdout;

    /**
     * @param stdout standard output
     * @param stderr standard error
     * @param stdin standard input
     * @param env environment variables
     * @param clock the clock for "today"
     */
    public Main(
            OutputStream stdout,
            OutputStream stderr,
            InputStream stdin,
            Map<String, String> env,
            Clock clock) {
        this(stdout, stderr, stdin, env, clock, Terminals.NONE);
    }

    /**
     * @param stdout standard output
     * @param stderr standard error
     * @param stdin standard input
     * @param env environment variables
     * @param clock the clock for "today"
     * @param terminals which of standard output (colour) and standard error (progress bars) are
     *     interactive terminals
     */
    public Main(
            OutputStream stdout,
            OutputStream stderr,
            InputStream stdin,
            Map<String, String> env,
            Clock clock,
            Terminals terminals) {
        this.terminals = terminals;
        this.stdout = new WatchedOutput(stdout);
        this.context =
                new CliContext(
                        new PrintWriter(
                                new OutputStreamWriter(this.stdout, StandardCharsets.UTF_8), false),
                        new PrintWriter(
                                new OutputStreamWriter(stderr, StandardCharsets.UTF_8), false),
                        this.stdout,
                        stdin,
                        env,
                        clock,
                        terminals.stderr());
    }

    /** Runs advocate and exits with its exit code. */
    public static void main(String[] args) {
        // Before FreeMarker's first class loads: advocate reports template errors itself.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        // Standard output as the file it is: a PrintStream would hide why a write failed.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        // Java cannot tell whether standard error is a terminal; the launcher can ([ -t 2 ]).
        // Asking for the console loads a terminal library: not for the version, which never
        // colours.
        Terminals terminals =
                "".equals(subcommandNamed(args))
                        ? Terminals.NONE
                        : new Terminals(
                                Colour.stdoutIsTerminal(),
                                Boolean.getBoolean("advocate.stderrTerminal"));
        // A thread that runs out of memory outside the command (a progress bar's) says so in one
        // line too, and the run ends.
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, e) -> {
                    if (e instanceof OutOfMemoryError) {
                        System.exit(
                                outOfMemory(
                                        new PrintWriter(
                                                new OutputStreamWriter(
                                                        System.err, StandardCharsets.UTF_8))));
                    }
                    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                    e.printStackTrace();
                });
        int code =
                new Main(
                                out,
                                System.err,
                                System.in,
                                System.getenv(),
                                Clock.systemDefaultZone(),
                                terminals)
                        .run(args);
        System.exit(code);
    }

    /**
     * Runs a command line and returns its exit code. Output that could not be written (a full disk)
     * makes a run that would have succeeded fail with exit 5: a CI job must not take a truncated
     * letter for a whole one. A reader that went away (a pipe to {@code head} closed) ends the run
     * quietly, as other command-line tools do.
     */
    public int run(String... args) {
        int code;
        try {
            code = "".equals(subcommandNamed(args)) ? version() : commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(context.err());
        } finally {
            context.out().flush();
        }
        // PrintWriter and PrintStream keep write errors to themselves until asked.
        boolean lost = context.out().checkError() || stdout.swallowedError();
        if (lost && stdout.readerGone()) {
            // Nothing to report: whoever read the output has what they wanted.
        } else if (lost) {
            context.err().println("advocate: cannot write to standard output");
            if (code == ExitCode.OK.code()) {
                code = ExitCode.OUTPUT.code();
            }
        }
        context.err().flush();
        return code;
    }

    /**
     * Prints the version as picocli's {@code --version} does, without building its model: the
     * quickest answer a script asking for the version can get.
     */
    private int version() {
        for (String line : new VersionProvider().getVersion()) {
            context.out().println(line);
        }
        return ExitCode.OK.code();
    }

    /**
     * Reports running out of memory as one line with a hint, never a stack trace: by the time the
     * error reaches here, what filled the memory is garbage, so the line can be printed.
     */
    static int outOfMemory(PrintWriter err) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println(
                "advocate: out of memory (the Java heap limit is "
                        + mb
                        + " MB); give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx"
                        + Math.max(512, Long.highestOneBit(Math.max(1, mb)) << 2)
                        + "m, or split a batch with --shard K/N");
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    /** Builds the command model, wired to this entry point's streams and environment. */
    CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the command model for a command line: with only the subcommand it names when that is
     * plain to see (its first word that is not an option), else with every subcommand. Building
     * picocli's model of every subcommand is a good part of a short command's start-up.
     */
    CommandLine commandLine(String[] args) {
        Factory factory = new Factory(context);
        CommandLine cmd = new CommandLine(new AdvocateCommand(), factory);
        String named = subcommandNamed(args);
        for (Class<?> sub : AdvocateCommand.SUBCOMMANDS) {
            String name = sub.getAnnotation(CommandLine.Command.class).name();
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, new CommandLine(sub, factory));
            }
        }
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setHelpFactory(WholeWordsHelp.FACTORY);
        cmd.setColorScheme(
                CommandLine.Help.defaultColorScheme(
                        Colour.decide(context.env(), terminals.stdout())));
        cmd.setDefaultValueProvider(new EnvironmentDefaults(context.env()));
        cmd.setExecutionExceptionHandler(
                (e, commandLine, parseResult) ->
                        report(e, GlobalOptions.given(parseResult, "--verbose")));
        return cmd;
    }

    /**
     * The subcommand a command line runs, "" when it runs none (only {@code --version}), or null
     * when that is not plain from its words.
     */
    static String subcommandNamed(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return ""; // the version needs no subcommand's model
        }
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return null; // an argument file may hold the subcommand
            }
            if (!arg.startsWith("-")) {
                if (arg.equals("generate-completion")) {
                    return null; // the script describes every command
                }
                for (Class<?> sub : AdvocateCommand.SUBCOMMANDS) {
                    if (sub.getAnnotation(CommandLine.Command.class).name().equals(arg)) {
                        return arg;
                    }
                }
                return null; // a mistyped subcommand: the full model suggests the right one
            }
        }
        return null;
    }

    private int report(Exception e, boolean verbose) {
        if (e instanceof AdvocateException failure) {
            for (String line : failure.lines()) {
                context.err().println("advocate: " + line);
            }
            if (verbose) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    context.err().println("advocate:   caused by: " + oneLine(cause));
                }
            }
            return failure.exitCode().code();
        }
        context.err().println("advocate: internal error: " + e + " (please report this)");
        e.printStackTrace(context.err());
        return ExitCode.INTERNAL.code();
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        int nl = message.indexOf('\n');
        return t.getClass().getName()
                + (message.isEmpty() ? "" : ": ")
                + (nl < 0 ? message : message.substring(0, nl));
    }

    /** Creates commands, handing those that want it the context. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> constructor = cls.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
