package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Help text wraps between words, never inside a file name ({@code letter.yaml}, {@code failed.csv})
 * or an abbreviation ({@code e.g.}): checked for every command's help at 60, 80 and 120 columns.
 */
class HelpWrapTest {
    private static final String EXTENSION = "(?:yaml|yml|csv|json|md|pdf|ftl|txt|gz|zip)\\b";

    /** A dotted word split across lines, at either side of its dot, or spaced apart. */
    private static final List<Pattern> SPLITS =
            List.of(
                    Pattern.compile("\\w\\.\\n[ \\t]*" + EXTENSION, Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\w\\n[ \\t]*\\." + EXTENSION, Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b[ei]\\.\\s+[ge]\\.", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b[ei]\\s*\\n[ \\t]*\\.[ge]\\.", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\w\\. " + EXTENSION, Pattern.CASE_INSENSITIVE));

    static Stream<Arguments> helps() {
        List<Arguments> all = new ArrayList<>();
        for (int width : new int[] {60, 80, 120}) {
            CommandLine root = Cli.commandModel();
            add(root, width, all);
        }
        return all.stream();
    }

    private static void add(CommandLine cmd, int width, List<Arguments> all) {
        cmd.setUsageHelpWidth(width);
        all.add(
                Arguments.of(
                        cmd.getCommandSpec().qualifiedName(),
                        width,
                        cmd.getUsageMessage(CommandLine.Help.Ansi.OFF)));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            add(sub, width, all);
        }
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @MethodSource("helps")
    void noFileNameOrAbbreviationIsSplitAcrossLines(String command, int width, String help) {
        List<String> split = new ArrayList<>();
        for (Pattern pattern : SPLITS) {
            Matcher m = pattern.matcher(help);
            while (m.find()) {
                split.add(m.group());
            }
        }
        assertThat(split).as("%s help at %d columns:%n%s", command, width, help).isEmpty();
        for (String line : help.split("\n")) {
            assertThat(line.length())
                    .as("line fits %d columns: %s", width, line)
                    .isLessThanOrEqualTo(width);
        }
    }
}
