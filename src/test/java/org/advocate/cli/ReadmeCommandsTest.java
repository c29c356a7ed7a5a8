package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./advocate} command in the README's code blocks runs and succeeds, in-process. Lines
 * that show syntax rather than a command (with {@code [...]} or upper-case placeholders) are
 * skipped; output files and new folders go to a temporary folder; shell redirections are dropped.
 */
class ReadmeCommandsTest {
    @TempDir Path dir;

    static List<String> commands(String readme) {
        List<String> commands = new ArrayList<>();
        boolean inCode = false;
        StringBuilder pending = null;
        for (String line : readme.split("\n")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) {
                continue;
            }
            String text = line.replaceAll("\\s+#.*$", "").strip();
            if (pending != null) {
                pending.append(' ').append(text);
            } else if (text.startsWith("./advocate ")) {
                pending = new StringBuilder(text);
            } else {
                continue;
            }
            if (pending.toString().endsWith("\\")) {
                pending.setLength(pending.length() - 1);
            } else {
                commands.add(pending.toString().replaceAll("\\s+", " ").strip());
                pending = null;
            }
        }
        return commands;
    }

    /** Splits like a shell: whitespace separates, double quotes group. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** Options whose value is a file or folder the command writes: redirected to a temp folder. */
    private static final java.util.Set<String> OUTPUT_OPTIONS =
            java.util.Set.of("-o", "init", "--out-dir", "--report");

    @Test
    void everyCommandInTheReadmeWorks() throws IOException {
        List<String> commands = commands(Files.readString(Path.of("README.md")));
        assertThat(commands).hasSizeGreaterThan(8);
        int run = 0;
        for (String command : commands) {
            if (command.matches(".*(\\[|\\.\\.\\.|\\b[A-Z]{2,}\\.yaml|\\bFILE\\b).*")) {
                continue;
            }
            List<String> args = new ArrayList<>();
            List<String> words = words(command);
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if (w.equals(">")) {
                    break;
                }
                boolean isPath = i > 1 && OUTPUT_OPTIONS.contains(words.get(i - 1));
                args.add(isPath ? dir.resolve("run" + i + "-" + w).toString() : w);
            }
            Cli.Result result = Cli.exec(args.toArray(String[]::new));
            assertThat(result.code()).as("%s%n%s", command, result.err()).isZero();
            run++;
        }
        assertThat(run).isGreaterThan(8);
    }

    @Test
    void commandsAreParsedWithContinuationsAndComments() {
        String readme =
                """
                ```sh
                ./advocate a b \\
                    -c "d e"   # comment
                echo no
                ./advocate x
                ```
                ./advocate not-in-code
                """;
        assertThat(commands(readme)).containsExactly("./advocate a b -c \"d e\"", "./advocate x");
        assertThat(words("./advocate a -c \"d e\""))
                .containsExactly("./advocate", "a", "-c", "d e");
    }
}
