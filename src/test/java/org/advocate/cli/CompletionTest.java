package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The completion script offers option values, not only option names: template names, argument ids,
 * formats, locales, paper sizes; and file names for file options and the letter.
 */
class CompletionTest {
    private static String script() {
        Cli.Result result = Cli.exec("generate-completion");
        assertThat(result.code()).isZero();
        return result.out();
    }

    @Test
    void offersTemplateNamesArgumentIdsFormatsLocalesAndPaperSizes() {
        String script = script();
        assertThat(script)
                .contains(
                        "(\"oppose\" \"recommendations\" \"sign-on\" \"support\" \"urge\") #"
                                + " --template values")
                .containsPattern(
                        "\\([^)]*\"advertising-and-finance\"[^)]*\"buyers\"[^)]*\\) # --argument"
                                + " values")
                .contains("(\"md\" \"pdf\" \"html\" \"docx\") # --format values")
                .contains("(\"md\" \"pdf\" \"html\" \"docx\") # --for values")
                .contains("(\"letter\" \"a4\") # --paper values")
                .containsPattern(
                        "\\([^)]*\"en-GB\"[^)]*\"es-MX\"[^)]*\"fr-CA\"[^)]*\\) # --locale values")
                .contains("(\"csv\" \"yaml\" \"json\") # --rows-format values");
    }

    @Test
    void completesFileNamesForFileOptions() {
        String script = script();
        for (String option : new String[] {"--org", "--signatories", "--library", "--rows"}) {
            int at = script.indexOf("'" + option + "')");
            assertThat(at).as(option).isNotNegative();
            assertThat(script.substring(at, Math.min(script.length(), at + 200)))
                    .as(option + " completes file names")
                    .contains("compgen -f -- \"${curr_word}\" ) ) # files");
        }
    }
}
