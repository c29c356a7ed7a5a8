package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped templates and language variants, through their examples. */
class TemplatesTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "oppose-bill",
                "recommendations",
                "amnesty-support-fr",
                "amnesty-support-es",
                "coalition-cc"
            })
    void examplesComposeToTheirGoldenLetterAndCheckClean(String example) throws IOException {
        String letter = "examples/" + example + "/letter.yaml";
        Cli.Result result = Cli.exec("compose", letter);
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        Golden.assertMatches(example + "/letter.md", result.out());

        Cli.Result check = Cli.exec("check", letter, "--strict");
        assertThat(check.out()).isEmpty();
        assertThat(check.code()).isZero();
    }

    @Test
    void urgeGreetsALegislatorByOfficeAndAsksForTheVote() throws IOException {
        Cli.Result result =
                Cli.exec(
                        "compose",
                        "examples/legislators/letter.yaml",
                        "--set",
                        "recipient.name=Maria Alvarez",
                        "--set",
                        "recipient.honorific=Sen.",
                        "--set",
                        "recipient.title=State Senator",
                        "--set",
                        "recipient.district=01");
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        Golden.assertMatches("legislators/letter.md", result.out());
        assertThat(result.out())
                .containsSubsequence(
                        "The Honorable Maria Alvarez",
                        "Dear Senator Alvarez,",
                        "as an organization serving your district",
                        "vote for the Community Safety and Health Act (Senate Bill 412)")
                .doesNotContain("Dear Sen.", "for your support");
    }

    @Test
    void opposeAsksToRejectTheBill() {
        String md = Cli.exec("compose", "examples/oppose-bill/letter.yaml").out();
        assertThat(md)
                .containsSubsequence(
                        "July 2, 2014",
                        "Dear Members of Parliament,",
                        "The Example Sex Work Action Network (ESWAN) urges you to oppose Bill"
                                + " C-36.",
                        "Broad laws against third parties",
                        "vote against Bill C-36",
                        "or to give evidence to the House of Commons of Canada,",
                        "Respectfully,",
                        "**Sources**");
    }

    @Test
    void recommendationsListsTheTenAndCitesTheGuideOnce() throws IOException {
        String md = Cli.exec("compose", "examples/recommendations/letter.yaml").out();
        assertThat(md).contains("1. Stop rescue raids", "10. Develop a way to assess");
        // rescue-raids already cites the guide: its endnote number is shared, not repeated, and it
        // is number 1 because the list of recommendations cites it first.
        assertThat(md.split("Initiatives on Sex Workers\\*", -1)).hasSize(2);
        assertThat(md).contains("in our own words: [1]");
        Path letter = dir.resolve("letter.yaml");
        Path org = Path.of("examples/recommendations/organization.yaml").toAbsolutePath();
        Files.writeString(
                letter,
                Files.readString(Path.of("examples/recommendations/letter.yaml"))
                        .replaceAll("(?s)\narguments:.*", "\n")
                        .replace("organization: organization.yaml", "organization: " + org));
        Cli.Result noArguments = Cli.exec("compose", letter.toString());
        assertThat(noArguments.err()).isEmpty();
        assertThat(noArguments.code()).isZero();
        assertThat(noArguments.out())
                .contains("in our own words: [1]")
                .contains("1. Global Network of Sex Work Projects (NSWP), *The Impact");
    }

    @Test
    void frenchLetterUsesTheFrenchTemplateDateSalutationAndArgument() {
        String md = Cli.exec("compose", "examples/amnesty-support-fr/letter.yaml").out();
        assertThat(md)
                .contains("20 août 2015", "Madame, Monsieur,", "**Objet\u00a0: ")
                .contains("Les sanctions pénales font de la police un danger")
                .doesNotContain("Dear ", "August");
        String monsieur =
                Cli.exec(
                                "compose",
                                "examples/amnesty-support-fr/letter.yaml",
                                "--set",
                                "recipient.honorific=M.")
                        .out();
        assertThat(monsieur).contains("\nMonsieur,\n");
        String written =
                Cli.exec(
                                "compose",
                                "examples/amnesty-support-fr/letter.yaml",
                                "--set",
                                "recipient.salutation=Cher Salil,")
                        .out();
        assertThat(written).contains("\nCher Salil,\n").doesNotContain("Madame, Monsieur,");
    }

    @Test
    void spanishLetterUsesTheSpanishTemplate() {
        String md = Cli.exec("compose", "examples/amnesty-support-es/letter.yaml").out();
        assertThat(md)
                .contains("20 de agosto de 2015", "Estimado Sr. Shetty:", "**Fuentes**")
                .contains("Las sanciones penales convierten a la policía");
        String sra =
                Cli.exec(
                                "compose",
                                "examples/amnesty-support-es/letter.yaml",
                                "--set",
                                "recipient.honorific=Sra.")
                        .out();
        assertThat(sra).contains("Estimada Sra. Shetty:");
    }

    @Test
    void aLocaleWithoutAVariantFallsBackToEnglishButFormatsTheDate() {
        Cli.Result result =
                Cli.exec("compose", "examples/amnesty-support/letter.yaml", "--locale", "de-DE");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("20\\. August 2015", "Dear Mr. Shetty,");
        // Arguments without a variant stay in English inside a French letter.
        String fr =
                Cli.exec("compose", "examples/amnesty-support-fr/letter.yaml", "-a", "buyers")
                        .out();
        assertThat(fr).contains("Madame, Monsieur,", "Laws that punish the purchase of sex");
    }

    @Test
    void numbersFollowTheLocale() throws IOException {
        Path template = dir.resolve("n.md.ftl");
        Files.writeString(template, "n: ${1234567.5} ${letter.date}\n");
        String letter = "examples/amnesty-support/letter.yaml";
        assertThat(Cli.exec("compose", letter, "-t", template.toString()).out())
                .isEqualTo("n: 1,234,567.5 August 20, 2015\n");
        assertThat(
                        Cli.exec("compose", letter, "-t", template.toString(), "--locale", "fr-FR")
                                .out())
                .isEqualTo("n\u00a0: 1\u202f234\u202f567,5 20 août 2015\n");
        assertThat(
                        Cli.exec("compose", letter, "-t", template.toString(), "--locale", "es-ES")
                                .out())
                .isEqualTo("n: 1\\.234.567,5 20 de agosto de 2015\n");
    }
}
