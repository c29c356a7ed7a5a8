package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignOnTest {
    static final String EXAMPLE = "examples/coalition-sign-on/letter.yaml";

    @TempDir Path dir;

    @Test
    void theCoalitionExampleMatchesItsGoldenLetter() throws IOException {
        Cli.Result result = Cli.exec("compose", EXAMPLE);
        assertThat(result.code()).as(result.err()).isZero();
        Golden.assertMatches("coalition-sign-on/letter.md", result.out());
        assertThat(result.out())
                .contains("**Signed by 45 organizations from 19 countries**")
                .contains("**Argentina:** **Colectivo Luz de Barrio** (Rosario);")
                .doesNotContain("Maple Hollow Community Health"); // answered No to publishing
        assertThat(result.err())
                .contains(
                        "signers.csv:25 (row 25): \"harbour light collective\" duplicates \"Harbour"
                                + " Light Collective\" (examples/coalition-sign-on/signers.csv:2"
                                + " (row 2))");
        // Listed once, whatever its spelling.
        assertThat(result.out().split("Harbour Light Collective", -1)).hasSize(2);
    }

    @Test
    void consentDeDuplicationLeadSignersAndCollation() throws IOException {
        Files.copy(Path.of("examples/legislators/organization.yaml"), dir.resolve("org.yaml"));
        Files.writeString(
                dir.resolve("signers.csv"),
                """
                Organization name,Country,Publish,Lead
                Zeta Outreach,Kenya,yes,
                \u00c9mile Network,France,yes,
                Alpha Collective,Kenya,YES,
                The Harbour Light Collective!,Canada,yes,
                Hidden Group,Canada,no,
                Mid Lead Org,France,yes,yes
                harbour light collectiv\u00e9,Canada,yes,
                """);
        Files.writeString(
                dir.resolve("letter.yaml"),
                """
                template: sign-on
                organization: org.yaml
                date: 2024-03-18
                locale: en-US
                recipient: { name: Jane Roe, title: Minister }
                subject: A test
                arguments: [ buyers ]
                columns: { "Organization name": organization, Country: country,
                           Publish: publish, Lead: lead }
                """);
        Cli.Result r =
                Cli.exec(
                        "compose",
                        dir.resolve("letter.yaml").toString(),
                        "--signatories",
                        dir.resolve("signers.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("**Signed by 5 organizations from 3 countries**")
                .containsSubsequence(
                        "- **Mid Lead Org** (France)",
                        "- Alpha Collective (Kenya)",
                        "- \u00c9mile Network (France)", // collation: \u00c9 sorts with E
                        "- The Harbour Light Collective! (Canada)",
                        "- Zeta Outreach (Kenya)")
                .doesNotContain("Hidden Group")
                .doesNotContain("harbour light collectiv\u00e9");
        assertThat(r.err())
                .contains(
                        "signers.csv:8 (row 8): \"harbour light collectiv\u00e9\" duplicates \"The"
                                + " Harbour Light Collective!\"")
                .contains("signers.csv:5 (row 5))");
    }

    private Path letterWithColumns(String columns) throws IOException {
        Files.copy(Path.of("examples/legislators/organization.yaml"), dir.resolve("org.yaml"));
        return Files.writeString(
                dir.resolve("letter.yaml"),
                """
                template: sign-on
                organization: org.yaml
                date: 2024-03-18
                recipient: { name: Jane Roe, title: Minister }
                arguments: [ buyers ]
                columns: %s
                """
                        .formatted(columns));
    }

    private Cli.Result compose(Path letter, String signers) throws IOException {
        Path file = Files.writeString(dir.resolve("signers.csv"), signers);
        return Cli.exec("compose", letter.toString(), "--signatories", file.toString());
    }

    @Test
    void aConsentMappingThatMatchesNoHeaderStopsTheLetter() throws IOException {
        // A form export with a typographic apostrophe: the mapping below would match nothing,
        // and without an error every organization that answered No would be published.
        Path letter =
                letterWithColumns(
                        "{ \"Organization name\": organization,"
                                + " \"May we publish your organization's name?\": publish }");
        Cli.Result r =
                compose(
                        letter,
                        "Organization name,May we publish your organization\u2019s name?\n"
                                + "Open Org,Yes\nRefusing Org,No\n");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains(letter + ":6:")
                .contains(
                        "columns: \"May we publish your organization's name?\" is not a column"
                                + " of "
                                + dir.resolve("signers.csv"))
                .contains("(did you mean 'May we publish your organization\u2019s name?'?)")
                .hasLineCount(1);
    }

    @Test
    void aNoInAnyDuplicateWithholdsItAndALeadInAnyMakesItALead() throws IOException {
        Path letter =
                letterWithColumns(
                        "{ \"Organization name\": organization, Publish: publish, Lead: lead }");
        Cli.Result r =
                compose(
                        letter,
                        """
                        Organization name,Publish,Lead
                        Zeta Collective,Yes,
                        Alpha Org,Yes,
                        zeta collective,Yes,Yes
                        Beta Org,Yes,
                        beta org,No,
                        """);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("**Signed by 2 organizations**")
                .containsSubsequence("- **Zeta Collective**", "- Alpha Org")
                .doesNotContainIgnoringCase("Beta Org");
        assertThat(r.err())
                .contains(
                        "signers.csv:4 (row 4): \"zeta collective\" duplicates \"Zeta Collective\"")
                .contains("listed once, as a lead signer")
                .contains(
                        "signers.csv:5 (row 5): \"Beta Org\" is left out: the same organization"
                                + " (\"beta org\", "
                                + dir.resolve("signers.csv")
                                + ":6 (row 6)) did not consent to publication");
    }

    @Test
    void aGroupIsHeadedByItsCommonestSpelling() throws IOException {
        Path letter =
                letterWithColumns("{ \"Organization name\": organization, Country: country }");
        Files.writeString(letter, Files.readString(letter) + "group: country\n");
        Cli.Result r =
                compose(
                        letter,
                        "Organization name,Country\nAlpha,kenya\nBeta,Kenya\nGamma,Kenya \n");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("**Kenya:** Alpha; Beta; Gamma.").doesNotContain("kenya:");
    }

    @Test
    void aLetterNobodyMayBePublishedInIsAWarning() throws IOException {
        Path letter =
                letterWithColumns("{ \"Organization name\": organization, Publish: publish }");
        Cli.Result r = compose(letter, "Organization name,Publish\nAlpha,No\nBeta,no\n");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err())
                .contains(
                        "signers.csv: signatories: none may be published: all 2 rows withhold"
                                + " consent");
    }

    @Test
    void checkReportsWhatComposeWarnsAbout() {
        Cli.Result check = Cli.exec("check", EXAMPLE);
        assertThat(check.code()).isZero();
        assertThat(check.out())
                .contains(
                        "signers.csv:25: warning: row 25: \"harbour light collective\" duplicates");
        assertThat(Cli.exec("check", EXAMPLE, "--strict").code()).isEqualTo(6);
    }
}
