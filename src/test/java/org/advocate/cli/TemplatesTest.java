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
                "amnesty-support-pt",
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
        String fr = "examples/amnesty-support-fr/letter.yaml";
        String md = Cli.exec("compose", fr).out();
        assertThat(md)
                .contains("20 août 2015", "\nMonsieur le Secrétaire général,\n", "**Objet\u00a0: ")
                .contains("Les sanctions pénales font de la police un danger")
                .doesNotContain("Dear ", "August", "Madame, Monsieur,");
        assertThat(
                        Cli.exec(
                                        "compose",
                                        fr,
                                        "--set",
                                        "recipient.title=Ministre de la Justice",
                                        "--set",
                                        "recipient.honorific=Mme")
                                .out())
                .contains("\nMadame la Ministre,\n");
        assertThat(Cli.exec("compose", fr, "--set", "recipient.title=Sénatrice").out())
                .contains("\nMadame la Sénatrice,\n");
        String monsieur =
                Cli.exec(
                                "compose",
                                fr,
                                "--set",
                                "recipient.title=",
                                "--set",
                                "recipient.honorific=M.")
                        .out();
        assertThat(monsieur).contains("\nMonsieur,\n");
        assertThat(Cli.exec("compose", fr, "--set", "recipient.title=").out())
                .contains("\nMadame, Monsieur,\n");
        String written = Cli.exec("compose", fr, "--set", "recipient.salutation=Cher Salil,").out();
        assertThat(written).contains("\nCher Salil,\n").doesNotContain("Secrétaire général,\n\n");
    }

    @Test
    void spanishLetterUsesTheSpanishTemplate() {
        String es = "examples/amnesty-support-es/letter.yaml";
        String md = Cli.exec("compose", es).out();
        assertThat(md)
                .contains("20 de agosto de 2015", "\nSeñor Secretario General:\n", "**Fuentes**")
                .contains("Las sanciones penales convierten a la policía");
        String sra =
                Cli.exec(
                                "compose",
                                es,
                                "--set",
                                "recipient.title=",
                                "--set",
                                "recipient.honorific=Sra.")
                        .out();
        assertThat(sra).contains("\nEstimada Sra. Shetty:\n");
        assertThat(
                        Cli.exec(
                                        "compose",
                                        es,
                                        "--set",
                                        "recipient.title=Senadora",
                                        "--set",
                                        "recipient.honorific=")
                                .out())
                .contains("\nEstimada Senadora Shetty:\n");
        assertThat(
                        Cli.exec(
                                        "compose",
                                        es,
                                        "--set",
                                        "recipient.title=Ministra de Igualdad",
                                        "--set",
                                        "recipient.honorific=Sra.")
                                .out())
                .contains("\nSeñora Ministra:\n");
    }

    @Test
    void portugueseLetterUsesThePortugueseTemplateSalutationsAndQuotes() {
        String pt = "examples/amnesty-support-pt/letter.yaml";
        String md = Cli.exec("compose", pt).out();
        assertThat(md)
                .contains("20 de agosto de 2015", "\nSenhor Secretário-Geral,\n", "**Fontes**")
                .contains("**Assunto: ", "As sanções penais fazem da polícia");
        assertThat(
                        Cli.exec(
                                        "compose",
                                        pt,
                                        "--set",
                                        "recipient.title=Senadora",
                                        "--set",
                                        "recipient.name=Maria Alvarez",
                                        "--set",
                                        "subject=O \"modelo nórdico\"")
                                .out())
                .contains("\nExcelentíssima Senhora Senadora Alvarez,\n")
                .contains("O “modelo nórdico”");
        assertThat(
                        Cli.exec(
                                        "compose",
                                        pt,
                                        "--set",
                                        "recipient.title=",
                                        "--set",
                                        "recipient.honorific=Sra.")
                                .out())
                .contains("\nPrezada Sra. Shetty,\n");
        Cli.Result urge = Cli.exec("compose", pt, "-t", "urge", "--set", "occasion=o PL 412");
        assertThat(urge.err()).isEmpty();
        assertThat(urge.out()).contains("para pedir o seu voto a favor de o PL 412");
        // No oppose template in Portuguese: an error, not an English letter.
        Cli.Result oppose = Cli.exec("compose", pt, "-t", "oppose");
        assertThat(oppose.code()).isNotZero();
        assertThat(oppose.err())
                .contains("template 'oppose' has no pt text (it is written in: en, es, fr)");
    }

    @Test
    void aLocaleWithoutItsTemplateFailsRatherThanMixingLanguages() {
        Cli.Result de =
                Cli.exec("compose", "examples/amnesty-support/letter.yaml", "--locale", "de-DE");
        assertThat(de.code()).isNotZero();
        assertThat(de.out()).isEmpty();
        assertThat(de.err())
                .contains("template 'support' has no de text (it is written in: en, es, fr")
                .doesNotContain("August", "März");
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
