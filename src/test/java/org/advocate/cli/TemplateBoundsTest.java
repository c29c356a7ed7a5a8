package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a template that asks for a huge string fails on its bound, fast, exit code 4. */
class TemplateBoundsTest {
    @TempDir Path dir;

    @Test
    void aTemplateThatPadsToTwoBillionCharactersExitsFourNamingTheBuiltInAndLine()
            throws IOException {
        Path template = dir.resolve("huge.md.ftl");
        Files.writeString(template, "Hello,\n\n${''?left_pad(2000000000)}\n");
        // This thread's CPU time: a busy machine stretches wall time, not the work done.
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Cli.Result result =
                Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-t", template.toString());
        Duration took =
                Duration.ofNanos(
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err())
                .contains(template + ":3:3: ?left_pad would make a string of 2000000000 characters")
                .contains("over the limit of 1000000");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void runawayRecursionExitsFourNamingTheMacro() throws IOException {
        Path template = dir.resolve("deep.md.ftl");
        Files.writeString(template, "<#macro m>\n<@m/>\n</#macro>\n<@m/>\n");
        Cli.Result result =
                Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-t", template.toString());
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err())
                .contains("deep.md.ftl:1:1: macro m is nested more than the limit of 200");
    }
}
