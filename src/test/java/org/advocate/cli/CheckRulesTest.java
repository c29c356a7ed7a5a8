package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content rules of check, one test each, on the examples with one change. */
class CheckRulesTest {
    private static final String AMNESTY = "examples/amnesty-support/letter.yaml";
    private static final String C36 = "examples/oppose-bill/letter.yaml";

    @Test
    void selfCitationFlagsAParagraphQuotingTheSenderAsSomeoneElse() {
        Cli.Result result =
                Cli.exec(
                        "check",
                        AMNESTY,
                        "--set",
                        "paragraphs.after-arguments=As the Sex Workers Project has observed,"
                                + " raids harm everyone.");
        assertThat(result.out())
                .contains("[self-citation]", "As the Sex Workers Project has observed");
        Cli.Result byShortName =
                Cli.exec(
                        "check",
                        AMNESTY,
                        "--set",
                        "paragraphs.after-arguments=According to SWP, raids harm everyone.");
        assertThat(byShortName.out()).contains("[self-citation]");
        Cli.Result firstPerson =
                Cli.exec(
                        "check",
                        AMNESTY,
                        "--set",
                        "paragraphs.after-arguments=In our experience, raids harm everyone.");
        assertThat(firstPerson.out()).doesNotContain("[self-citation]");
    }

    @Test
    void anachronismFlagsASourceWrittenAfterTheLetter() {
        // Bill C-36 was before Parliament in July 2014; the page on sex work and trafficking
        // reports Amnesty International's vote of August 2015.
        Cli.Result result = Cli.exec("check", C36, "-a", "reporting-crimes");
        assertThat(result.out())
                .contains(
                        "[anachronism]",
                        "'reporting-crimes'",
                        "after the letter's date 2014-07-02");
        assertThat(Cli.exec("check", C36, "--strict").code()).isZero();
    }

    @Test
    void spellingFlagsAnotherVarietysSpellingInAnEnUsLetter() {
        Cli.Result result =
                Cli.exec(
                        "check",
                        AMNESTY,
                        "--set",
                        "paragraphs.after-arguments=Sex work is labour, and needs no licence.");
        assertThat(result.out()).contains("'labour'", "prefer labor", "'licence'", "[spelling]");
        // An en-GB letter may write "programmes".
        assertThat(Cli.exec("check", "examples/recommendations/letter.yaml").out())
                .doesNotContain("[spelling]");
    }

    @Test
    void shortNameFlagsASenderCalledByItsShortNameBeforeItIsIntroduced() {
        Cli.Result result =
                Cli.exec(
                        "check", AMNESTY, "--set", "paragraphs.opening=SWP applauds the decision.");
        assertThat(result.out()).contains("[short-name]", "'Sex Workers Project (SWP)'");
        assertThat(Cli.exec("check", AMNESTY).out()).doesNotContain("[short-name]");
    }
}
