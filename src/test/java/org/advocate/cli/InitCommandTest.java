package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.advocate.output.Writers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class InitCommandTest {
    @TempDir Path dir;

    @Test
    void theScaffoldChecksAndComposesUnedited() throws IOException {
        Path campaign = dir.resolve("c");
        Cli.Result init = Cli.exec("init", campaign.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("letter.yaml", "advocate check");
        try (Stream<Path> files = Files.walk(campaign)) {
            assertThat(
                            files.filter(Files::isRegularFile)
                                    .map(p -> campaign.relativize(p).toString()))
                    .containsExactlyInAnyOrder(
                            "organization.yaml",
                            "letter.yaml",
                            "signatories.csv",
                            "README.md",
                            ".github/workflows/letters.yml",
                            ".gitignore");
        }
        Path letter = campaign.resolve("letter.yaml");
        Cli.Result check = Cli.exec("check", letter.toString(), "--strict");
        assertThat(check.out()).isEmpty();
        assertThat(check.code()).isZero();

        Path md = campaign.resolve("l.md");
        Cli.Result compose = Cli.exec("compose", letter.toString(), "-o", md.toString());
        assertThat(compose.code()).as(compose.err()).isZero();
        assertThat(Files.readString(md))
                .contains(
                        "Dear Dr. Example,", "Example Sex Workers’ Rights Network", "**Sources**");
    }

    @Test
    void theSampleSignatoriesSignTheLetterAsTheReadmeSays() throws IOException {
        Path campaign = dir.resolve("c");
        Cli.exec("init", campaign.toString());
        assertThat(Files.readString(campaign.resolve("README.md")))
                .contains("advocate compose letter.yaml --signatories signatories.csv");
        Path md = campaign.resolve("s.md");
        Cli.Result compose =
                Cli.exec(
                        "compose",
                        campaign.resolve("letter.yaml").toString(),
                        "--signatories",
                        campaign.resolve("signatories.csv").toString(),
                        "-o",
                        md.toString());
        assertThat(compose.code()).as(compose.err()).isZero();
        assertThat(compose.err()).doesNotContain("warning");
        assertThat(Files.readString(md))
                .contains("Signed by 3 organizations from 3 countries")
                .contains("Example Collective (Nairobi, Kenya)")
                .doesNotContain("Example Outreach Alliance");

        // The sign-on settings the letter file shows in comments work once uncommented.
        Path letter = campaign.resolve("letter.yaml");
        String signOn =
                Files.readString(letter)
                        .replace("template: support\n", "")
                        .replace("# template: sign-on\n", "template: sign-on\n")
                        .replace(
                                "# signatories: signatories.csv\n",
                                "signatories: signatories.csv\n")
                        .replace("# group: country\n", "group: country\n");
        Files.writeString(letter, signOn);
        Cli.Result check = Cli.exec("check", letter.toString(), "--strict");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        Cli.Result grouped = Cli.exec("compose", letter.toString());
        assertThat(grouped.code()).as(grouped.err()).isZero();
        assertThat(grouped.out()).contains("**Peru:** Second Example Project (Lima).");
    }

    @Test
    void theScaffoldComposesToPdfWhenThePdfWriterIsPresent() {
        assumeTrue(Writers.standard().byName("pdf").isPresent(), "no PDF writer in this build");
        Path campaign = dir.resolve("c");
        Cli.exec("init", campaign.toString());
        Cli.Result compose =
                Cli.exec(
                        "compose",
                        campaign.resolve("letter.yaml").toString(),
                        "-o",
                        campaign.resolve("l.pdf").toString());
        assertThat(compose.code()).as(compose.err()).isZero();
    }

    @Test
    void everyFieldOfTheYamlFilesIsExplainedByAComment() throws IOException {
        Cli.exec("init", dir.toString());
        for (String file : List.of("organization.yaml", "letter.yaml")) {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.matches("[a-zA-Z]+:.*")) {
                    assertThat(lines.get(i - 1))
                            .as("%s line %d: %s", file, i + 1, line)
                            .startsWith("#");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowIsValidYamlThatChecksAndComposes() throws IOException {
        Cli.exec("init", dir.toString());
        Object parsed =
                new Load(LoadSettings.builder().build())
                        .loadFromString(
                                Files.readString(dir.resolve(".github/workflows/letters.yml")));
        Map<String, Object> workflow = (Map<String, Object>) parsed;
        assertThat(workflow).containsKeys("name", "on", "jobs");
        Map<String, Object> job =
                (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("letters");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        String runs =
                String.join(
                        "\n",
                        steps.stream()
                                .filter(s -> s.containsKey("run"))
                                .map(s -> (String) s.get("run"))
                                .toList());
        assertThat(runs)
                .as("installs the release archive rather than building from source")
                .contains("gh release download")
                .contains("advocate-$ADVOCATE_VERSION.tar.gz")
                .contains("-o out/letter.pdf", "-o out/letter.docx", "-o out/letter.html")
                .doesNotContain("mvn");
        assertThat(Files.readString(dir.resolve(".github/workflows/letters.yml")))
                .contains("'" + org.advocate.Version.get() + "'")
                .doesNotContain("@ADVOCATE_VERSION@")
                .contains("must sit at the root of the campaign's repository");
        assertThat(runs)
                .contains("advocate check letter.yaml --format github")
                .contains("advocate compose letter.yaml -o out/letter.pdf");
        assertThat(workflow.get("on").toString()).contains("push");
    }

    @Test
    void refusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Result refused = Cli.exec("init", dir.toString());
        assertThat(refused.code()).isEqualTo(5);
        assertThat(refused.err()).contains("folder is not empty; use --force");
        assertThat(dir.resolve("letter.yaml")).doesNotExist();

        Cli.Result forced = Cli.exec("init", "--force", dir.toString());
        assertThat(forced.code()).isZero();
        assertThat(dir.resolve("letter.yaml")).exists();
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(Cli.exec("init", "-q", "--force", dir.toString()).out()).isEmpty();
    }
}
