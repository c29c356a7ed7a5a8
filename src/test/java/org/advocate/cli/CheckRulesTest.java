package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content rules of check, one test each, on the examples with one change. */
class CheckRulesTest {
    private static final String AMNESTY = "examples/amnesty-support/letter.yaml";
    private static final String C36 = "examples/oppose-bill/letter.yaml";
    private static final String RECOMMENDATIONS = "examples/recommendations/letter.yaml";

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

    @Test
    void secondConcessionFlagsALetterThatConcedesTwice(@TempDir Path lib) throws IOException {
        Files.createDirectories(lib.resolve("arguments"));
        Files.writeString(
                lib.resolve("arguments/granted.md"),
                "---\nid: granted\ntitle: T\nsummary: S.\ntags: [local]\nrole: concession\n"
                        + "sources:\n  - author: Others\n    title: A study\n    date: 2014\n"
                        + "---\nWe grant that some disagree with us.\n");
        Cli.Result twice =
                Cli.exec(
                        "check",
                        AMNESTY,
                        "--library",
                        lib.toString(),
                        "-a",
                        "criminalization-stigma",
                        "-a",
                        "buyers",
                        "-a",
                        "granted");
        assertThat(twice.out())
                .contains(
                        "[second-concession]",
                        "'granted' is a second concession after 'criminalization-stigma'");
        assertThat(twice.code()).isNotZero();
        Cli.Result once = Cli.exec("check", AMNESTY, "--library", lib.toString(), "-a", "granted");
        assertThat(once.out()).doesNotContain("[second-concession]");
    }

    @Test
    void composeRefusesALetterThatConcedesTwiceNamingBothArguments(@TempDir Path lib)
            throws IOException {
        Files.createDirectories(lib.resolve("arguments"));
        Files.writeString(
                lib.resolve("arguments/granted.md"),
                "---\nid: granted\ntitle: T\nsummary: S.\ntags: [local]\nrole: concession\n"
                        + "sources:\n  - author: Others\n    title: A study\n    date: 2014\n"
                        + "---\nWe grant that some disagree with us.\n");
        Path out = lib.resolve("letter.md");
        Cli.Result twice =
                Cli.exec(
                        "compose",
                        AMNESTY,
                        "--library",
                        lib.toString(),
                        "-a",
                        "criminalization-stigma",
                        "-a",
                        "granted",
                        "-o",
                        out.toString());
        assertThat(twice.code()).isEqualTo(3);
        assertThat(twice.err().lines().filter(l -> l.contains("concession")))
                .singleElement()
                .asString()
                .contains(
                        "arguments: 'granted' is a second concession after"
                                + " 'criminalization-stigma': a letter makes at most one");
        assertThat(out).doesNotExist();
        // One concession composes.
        assertThat(
                        Cli.exec(
                                        "compose",
                                        AMNESTY,
                                        "--library",
                                        lib.toString(),
                                        "-a",
                                        "granted",
                                        "-o",
                                        out.toString())
                                .code())
                .isZero();
        assertThat(out).exists();
    }

    @Test
    void recipientNamedFlagsAnArgumentThatNamesTheRecipient() {
        // The argument on what Amnesty International's policy asks of states names it: fine in a
        // letter to a parliament, not in a letter to Amnesty itself.
        Cli.Result toAmnesty = Cli.exec("check", AMNESTY, "-a", "amnesty-policy");
        assertThat(toAmnesty.out())
                .contains(
                        "[recipient-named]",
                        "'amnesty-policy' names the recipient 'Amnesty International'",
                        "letter-templates/arguments/amnesty-policy.md:");
        assertThat(Cli.exec("check", AMNESTY).out()).doesNotContain("[recipient-named]");
        assertThat(Cli.exec("check", RECOMMENDATIONS, "-a", "amnesty-policy").out())
                .doesNotContain("[recipient-named]");
    }

    @Test
    void paragraphUnusedFlagsAParagraphTheTemplateHasNoPlaceFor() {
        String record = "paragraphs.record=Your record on this question is a long one.";
        Cli.Result oppose = Cli.exec("check", C36, "--set", record);
        assertThat(oppose.out()).contains("[paragraph-unused]", "paragraph 'record'", "'oppose'");
        assertThat(Cli.exec("check", AMNESTY, "--set", record).out())
                .doesNotContain("[paragraph-unused]");
    }
}
