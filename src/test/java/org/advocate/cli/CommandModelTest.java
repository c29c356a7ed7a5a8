package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A short command builds only the part of picocli's model it runs: start-up is mostly that. */
class CommandModelTest {
    private static picocli.CommandLine model(String... args) {
        return new Main(
                        new ByteArrayOutputStream(),
                        new ByteArrayOutputStream(),
                        InputStream.nullInputStream(),
                        Map.of(),
                        Cli.CLOCK)
                .commandLine(args);
    }

    @Test
    void theVersionBuildsNoSubcommand() {
        assertThat(model("--version").getSubcommands()).isEmpty();
        assertThat(model("-V").getSubcommands()).isEmpty();
        assertThat(Cli.exec("-V").out()).startsWith("advocate ");
    }

    @Test
    void theVersionPrintsWhatPicocliWouldPrint() {
        StringWriter picocli = new StringWriter();
        model("--version").printVersionHelp(new PrintWriter(picocli));
        Cli.Result version = Cli.exec("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo(picocli.toString()).startsWith("advocate 0.1.0\n");
        assertThat(Cli.exec("-V").out()).isEqualTo(picocli.toString());
    }

    @Test
    void aNamedSubcommandBuildsOnlyItself() {
        assertThat(model("compose", "x.yaml").getSubcommands().keySet()).containsExactly("compose");
    }

    @Test
    void helpAndAnythingUnclearBuildEverySubcommand() {
        int all = AdvocateCommand.SUBCOMMANDS.size();
        assertThat(model("--help").getSubcommands()).hasSize(all);
        assertThat(model("--version", "--help").getSubcommands()).hasSize(all);
        assertThat(model().getSubcommands()).hasSize(all);
        assertThat(model("--version", "compsoe").getSubcommands()).hasSize(all);
        // Twice is picocli's to refuse.
        assertThat(model("-V", "--version").getSubcommands()).hasSize(all);
    }
}
