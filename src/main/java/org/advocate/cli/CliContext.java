package org.advocate.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may touch of the outside world, passed in so tests can drive the commands
 * in-process.
 *
 * @param out text standard output
 * @param err text standard error
 * @param stdout standard output as bytes, for binary formats; flush {@code out} before using it
 * @param stdin standard input
 * @param env environment variables
 * @param clock the clock for "today"
 * @param terminal whether standard error is a terminal, where progress bars may be drawn; the
 *     launcher tells, since Java cannot; tests leave it false
 */
public record CliContext(
        PrintWriter out,
        PrintWriter err,
        OutputStream stdout,
        InputStream stdin,
        Map<String, String> env,
        Clock clock,
        boolean terminal) {

    public CliContext {
        env = Map.copyOf(env);
    }
}
