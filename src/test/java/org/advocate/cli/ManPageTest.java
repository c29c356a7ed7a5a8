package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages in {@code docs/man/} (AsciiDoc, one per command) are generated from the command
 * model by picocli's ManPageGenerator; this test fails when they are out of date. Regenerate them
 * with {@code mvn -B test -Dtest=ManPageTest -Dadvocate.accept=true}.
 */
class ManPageTest {
    static final Path DIR = Path.of("docs/man");

    /** Generates every page: file name to AsciiDoc text. */
    static Map<String, String> generate() {
        CommandLine root = Cli.commandModel();
        Map<String, String> pages = new TreeMap<>();
        add(root, pages);
        return pages;
    }

    private static void add(CommandLine cmd, Map<String, String> pages) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ManPageGenerator.writeSingleManPage(out, cmd.getCommandSpec());
        }
        String name = cmd.getCommandSpec().qualifiedName("-") + ".adoc";
        // The version line names the JDK the build ran on; keep the pages machine-independent.
        pages.put(
                name,
                text.toString()
                        .replaceAll("(?m)^(:revnumber: advocate [^\\n]*?)\\\\?\\s*Java .*$", "$1"));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            add(sub, pages);
        }
    }

    @Test
    void checkedInManPagesAreUpToDate() throws IOException {
        Map<String, String> pages = generate();
        if (Boolean.getBoolean("advocate.accept")) {
            Files.createDirectories(DIR);
            try (Stream<Path> old = Files.list(DIR)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(
                        DIR.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.toList()) {
                onDisk.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(onDisk)
                .as(
                        "docs/man is out of date: run mvn -B test -Dtest=ManPageTest"
                                + " -Dadvocate.accept=true")
                .isEqualTo(pages);
        assertThat(pages)
                .containsKeys(
                        "advocate.adoc", "advocate-check.adoc", "advocate-arguments-list.adoc");
        assertThat(pages.get("advocate-check.adoc"))
                .contains("--format", "--strict", "*--library*");
    }
}
