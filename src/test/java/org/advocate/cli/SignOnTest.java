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
                .contains("**Signed by 37 organizations from 13 countries**")
                .contains("**Argentina:** **Colectivo Luz de Barrio** (Rosario);")
                .doesNotContain("Maple Hollow Community Health"); // answered No to publishing
        assertThat(result.err())
                .contains(
                        "signers.csv:row 24: \"harbour light collective\" duplicates \"Harbour"
                                + " Light Collective\" (examples/coalition-sign-on/signers.csv:row"
                                + " 1)");
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
                        "signers.csv:row 7: \"harbour light collectiv\u00e9\" duplicates \"The"
                                + " Harbour Light Collective!\"")
                .contains("signers.csv:row 4)");
    }
}
