package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardOutputTest {
    /** Standard output on a full disk: every write fails. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    /** A pipe whose reader went away after some bytes, as `| head` does. */
    private static final class Closed extends OutputStream {
        private int left = 100;

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("Broken pipe");
            }
        }
    }

    private static Result run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                new Main(
                                stdout,
                                err,
                                new ByteArrayInputStream(new byte[0]),
                                Map.of(),
                                Cli.CLOCK,
                                Terminals.NONE)
                        .run(args);
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String err) {}

    @Test
    void textThatCannotBeWrittenIsAnOutputError() {
        Result r = run(new Full(), "compose", ComposeCommandTest.EXAMPLE);
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err())
                .isEqualTo("advocate: cannot write to standard output: No space left on device\n");
    }

    @Test
    void aListingThatCannotBeWrittenIsAnOutputError() {
        Result r = run(new PrintStream(new Full()), "arguments", "list");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).isEqualTo("advocate: cannot write to standard output\n");
    }

    @Test
    void aPdfThatCannotBeWrittenIsAnOutputError() {
        // System.out is a PrintStream, which keeps its errors to itself.
        Result r =
                run(
                        new PrintStream(new Full()),
                        "compose",
                        ComposeCommandTest.EXAMPLE,
                        "-f",
                        "pdf");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("cannot write to standard output");
    }

    @Test
    void aFailedCommandKeepsItsOwnExitCode() {
        Result r = run(new Full(), "compose", "no-such-letter.yaml");
        assertThat(r.code()).isEqualTo(3);
    }

    @Test
    void writableOutputIsNotAnError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Result r = run(new PrintStream(out), "arguments", "list");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(out.size()).isPositive();
    }

    @Test
    void aReaderThatWentAwayEndsTheRunQuietly() {
        for (String[] args :
                new String[][] {
                    {"compose", ComposeCommandTest.EXAMPLE},
                    {"compose", ComposeCommandTest.EXAMPLE, "-f", "pdf"},
                    {"templates", "show", "support"},
                    {"arguments", "list"},
                    {
                        "batch",
                        "examples/legislators/letter.yaml",
                        "--rows",
                        "examples/legislators/recipients.csv",
                        "--name",
                        "{recipient.lastName}.md",
                        "--out-dir",
                        "target/never-written",
                        "--dry-run"
                    }
                }) {
            Result r = run(new Closed(), args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("cannot write");
        }
    }
}
