package org.advocate.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    /** A fixed "today" so that letters without a date are reproducible in tests. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T10:00:00Z"), ZoneOffset.UTC);

    record Result(int code, String out, String err, byte[] outBytes) {}

    private final Map<String, String> env = new HashMap<>();
    private byte[] stdin = new byte[0];
    private boolean terminal;

    Cli env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Pretends standard output is an interactive terminal. */
    Cli terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    Cli stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                new Main(
                                out,
                                err,
                                new ByteArrayInputStream(stdin),
                                env,
                                CLOCK,
                                new Terminals(terminal, false))
                        .run(args);
        return new Result(
                code,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /** The whole command model, wired to throwaway streams and an empty environment. */
    static picocli.CommandLine commandModel() {
        return new Main(
                        new ByteArrayOutputStream(),
                        new ByteArrayOutputStream(),
                        java.io.InputStream.nullInputStream(),
                        Map.of(),
                        CLOCK)
                .commandLine();
    }

    static Result exec(String... args) {
        return new Cli().run(args);
    }
}
