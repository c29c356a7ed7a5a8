package org.advocate.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
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
        this(stdout, stderr, stdin, env, clock, false);
    }

    /**
     * @param stdout standard output
     * @param stderr standard error
     * @param stdin standard input
     * @param env environment variables
     * @param clock the clock for "today"
     * @param terminal whether standard error is a terminal (progress bars are drawn only there)
     */
    public Main(
            OutputStream stdout,
            OutputStream stderr,
            InputStream stdin,
            Map<String, String> env,
            Clock clock,
            boolean terminal) {
        this.context =
                new CliContext(
                        new PrintWriter(
                                new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false),
                        new PrintWriter(
                                new OutputStreamWriter(stderr, StandardCharsets.UTF_8), false),
                        stdout,
                        stdin,
                        env,
                        clock,
                        terminal);
    }

    /** Runs advocate and exits with its exit code. */
    public static void main(String[] args) {
        // Before FreeMarker's first class loads: advocate reports template errors itself.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        PrintStream out = System.out;
        // Java cannot tell whether standard error is a terminal; the launcher can ([ -t 2 ]).
        boolean terminal = Boolean.getBoolean("advocate.stderrTerminal");
        int code =
                new Main(
                                out,
                                System.err,
                                System.in,
                                System.getenv(),
                                Clock.systemDefaultZone(),
                                terminal)
                        .run(args);
        System.exit(code);
    }

    /** Runs a command line and returns its exit code. */
    public int run(String... args) {
        try {
            CommandLine cmd = new CommandLine(new AdvocateCommand(), new Factory(context));
            cmd.setOut(context.out());
            cmd.setErr(context.err());
            cmd.setExecutionExceptionHandler(
                    (e, commandLine, parseResult) -> report(e, Arrays.asList(args)));
            return cmd.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    private int report(Exception e, java.util.List<String> args) {
        if (e instanceof AdvocateException failure) {
            for (String line : failure.lines()) {
                context.err().println("advocate: " + line);
            }
            return failure.exitCode().code();
        }
        context.err().println("advocate: internal error: " + e + " (please report this)");
        e.printStackTrace(context.err());
        return ExitCode.INTERNAL.code();
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
