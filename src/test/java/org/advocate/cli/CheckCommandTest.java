package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir Path dir;
    Path letter;

    @BeforeEach
    void copyExample() throws IOException {
        Files.copy(
                Path.of("examples/amnesty-support/organization.yaml"),
                dir.resolve("organization.yaml"));
        letter = dir.resolve("letter.yaml");
    }

    private void write(String paragraph, String... arguments) throws IOException {
        StringBuilder yaml =
                new StringBuilder(
                        """
                        template: support
                        organization: organization.yaml
                        date: 2015-08-20
                        recipient:
                          name: Salil Shetty
                          honorific: Mr.
                        arguments:
                        """);
        for (String a : arguments) {
            yaml.append("  - ").append(a).append('\n');
        }
        yaml.append("paragraphs:\n  after-arguments: |\n");
        for (String line : paragraph.split("\n")) {
            yaml.append("    ").append(line).append('\n');
        }
        Files.writeString(letter, yaml.toString());
    }

    @Test
    void githubAnnotationsForAProstituteAndAnUnknownArgumentExitSix() throws IOException {
        write("We have worked with many a prostitute in our city.", "buyers", "third-partys");
        Cli.Result result = Cli.exec("check", letter.toString(), "--format", "github");
        assertThat(result.code()).isEqualTo(6);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        String file = letter.toString().replace(":", "%3A").replace(",", "%2C");
        assertThat(lines.get(0))
                .isEqualTo(
                        "::error file="
                                + file
                                + ",line=9,col=5,title=advocate check%3A input::arguments: unknown"
                                + " argument 'third-partys' (did you mean 'third-parties'?)");
        assertThat(lines.get(1))
                .startsWith(
                        "::warning file="
                                + file
                                + ",line=12,col=32,title=advocate check%3A"
                                + " prostitute::'prostitute':")
                .contains("prefer sex worker(s)", "UNAIDS");
    }

    @Test
    void cleanLettersExitZeroAndSayNothingOnStandardOutput() {
        Cli.Result result = Cli.exec("check", "examples/amnesty-support/letter.yaml");
        assertThat(result.out()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.err())
                .isEqualTo("advocate: examples/amnesty-support/letter.yaml: no problems found\n");
        assertThat(Cli.exec("check", "-q", "examples/amnesty-support/letter.yaml").err()).isEmpty();
    }

    @Test
    void textFormatIsFileLineColumnSeverityMessage() throws IOException {
        write("We stand with every prostitute.\nTODO: add a story about [name].", "buyers");
        Cli.Result result = Cli.exec("check", letter.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out().lines())
                .containsExactly(
                        letter
                                + ":11:25: warning: 'prostitute': a term that stigmatizes the"
                                + " people it names; prefer sex worker(s) (UNAIDS Terminology"
                                + " Guidelines (2007); UNFPA terminology list (2013)) [prostitute]",
                        letter
                                + ":12:5: error: 'TODO': placeholder text left in the letter"
                                + " [placeholder]",
                        letter
                                + ":12:29: error: '[name]': placeholder text left in the letter"
                                + " [placeholder]");
        assertThat(result.err()).contains("2 errors, 1 warning");
    }

    @Test
    void warningsFailOnlyWithStrict() throws IOException {
        write("Sex work, also known as trafficking, is what we hear.", "buyers");
        Cli.Result lenient = Cli.exec("check", letter.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.out()).contains("warning:", "[sex-work-aka-trafficking]");
        assertThat(Cli.exec("check", letter.toString(), "--strict").code()).isEqualTo(6);
    }

    @Test
    void quotedNamesOfLawsPass() throws IOException {
        write("The \"Prostitution Reform Act\" of that country is our model.", "buyers");
        Cli.Result result = Cli.exec("check", letter.toString(), "--strict");
        assertThat(result.out()).isEmpty();
        assertThat(result.code()).isZero();
    }

    @Test
    void jsonIsOneObjectPerLine() throws IOException {
        write("High-risk groups need help.", "buyers");
        Cli.Result result = Cli.exec("check", letter.toString(), "--format", "json");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .isEqualTo(
                        "{\"file\":\""
                                + letter
                                + "\",\"line\":11,\"column\":5,\"severity\":\"warning\","
                                + "\"rule\":\"high-risk-group\",\"message\":\"'High-risk groups':"
                                + " blames a group for a risk that comes from circumstances and"
                                + " behaviour; prefer key populations at higher risk (UNAIDS"
                                + " Terminology Guidelines (2007))\"}\n");
    }

    @Test
    void longLettersAreFlagged() {
        Cli.Result result =
                Cli.exec("check", "examples/amnesty-support/letter.yaml", "--max-words", "100");
        assertThat(result.code()).isZero();
        assertThat(result.out()).containsPattern("warning: the letter has \\d+ words, more than");
    }

    @Test
    void everyInputProblemIsReportedAtOnce() throws IOException {
        Files.writeString(
                letter,
                """
                template: suport
                organization: organization.yaml
                recipient: { nme: X }
                arguments: [ byers ]
                """);
        Cli.Result result = Cli.exec("check", letter.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .contains(letter + ":1:11: error: template: unknown template 'suport'")
                .contains(letter + ":3:14: error: recipient.nme: unknown field")
                .contains(letter + ":4:14: error: arguments: unknown argument 'byers'");
    }

    @Test
    void findingsInQuotedValuesWithEscapesPointAtTheirOwnWords() throws IOException {
        Files.writeString(
                letter,
                """
                template: support
                organization: organization.yaml
                date: 2015-08-20
                recipient: { name: Sam Example }
                occasion: "decision \\"on\\" prostitutes"
                arguments: [buyers]
                paragraphs:
                  postscript: Here a prostitute.
                """);
        Cli.Result result = Cli.exec("check", letter.toString());
        assertThat(result.out())
                .contains(letter + ":5:28: warning: 'prostitutes'")
                .contains(letter + ":8:22: warning: 'prostitute'");
    }

    @Test
    void findingsAreListedInFileOrderThenLineOrder() throws IOException {
        Files.writeString(
                letter,
                """
                template: support
                organization: missing.yaml
                date: 2024-13-01
                recipient: { name: X }
                subjet: Hello
                arguments: [ byers ]
                """);
        Cli.Result result = Cli.exec("check", letter.toString());
        assertThat(result.code()).isEqualTo(6);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(letter + ":2:15: error: organization: file not found");
        assertThat(lines.get(1)).startsWith(letter + ":3:7: error: date:");
        assertThat(lines.get(2)).startsWith(letter + ":5:1: error: subjet: unknown field");
        assertThat(lines.get(3)).startsWith(letter + ":6:14: error: arguments: unknown argument");
    }

    @Test
    void templateErrorsPointAtTheTemplateLine() throws IOException {
        Path template = dir.resolve("mine.md.ftl");
        Files.writeString(template, "Hello\n\nWe are ${org.nmae}.\n");
        write("Fine.", "buyers");
        Files.writeString(
                letter,
                Files.readString(letter).replace("template: support", "template: mine.md.ftl"));
        Cli.Result result = Cli.exec("check", letter.toString(), "--format", "github");
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .startsWith(
                        "::error file=" + template.toString().replace(":", "%3A") + ",line=3,col=")
                .contains("'org.nmae' is missing");
    }

    @Test
    void findingsInAnArgumentPointAtTheArgumentFile() throws IOException {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib.resolve("arguments"));
        Files.writeString(
                lib.resolve("arguments/old-words.md"),
                """
                ---
                id: old-words
                title: Old words
                summary: An argument written with old words.
                tags: [test]
                sources:
                  - publisher: Us
                    title: Our notes
                ---
                First line of the body.

                Laws on prostitution harm sex workers.
                """);
        write("Our own paragraph.", "old-words");
        Cli.Result result = Cli.exec("check", letter.toString(), "--library", lib.toString());
        assertThat(result.out())
                .startsWith(
                        lib.resolve("arguments/old-words.md") + ":12:9: warning: 'prostitution'");
    }

    @Test
    void theLibraryFolderCanReplaceTheStyleRules() throws IOException {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib.resolve("style"));
        Files.writeString(
                lib.resolve("style/terms.yaml"),
                """
                maxWords: 5000
                rules:
                  - id: no-folks
                    match: '\\bfolks\\b'
                    message: too casual
                    severity: error
                """);
        write("Hello folks, a prostitute said.", "buyers");
        Cli.Result result = Cli.exec("check", letter.toString(), "--library", lib.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out())
                .contains("'folks': too casual [no-folks]")
                .doesNotContain("prostitute");
    }

    @Test
    void theLetterCanComeFromStandardInput() throws IOException {
        String text =
                Files.readString(Path.of("examples/amnesty-support/letter.yaml"))
                        .replace(
                                "organization: organization.yaml",
                                "organization: examples/amnesty-support/organization.yaml")
                        .replace("- buyers", "- buyres");
        Cli.Result result = new Cli().stdin(text).run("check", "-");
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out()).startsWith("<stdin>:").contains("unknown argument 'buyres'");
        Cli.Result composed = new Cli().stdin(text.replace("buyres", "buyers")).run("compose", "-");
        assertThat(composed.code()).as(composed.err()).isZero();
        assertThat(composed.out()).contains("Dear Mr. Shetty,");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result =
                Cli.exec("check", "examples/amnesty-support/letter.yaml", "--format", "xml");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format 'xml'");
    }
}
