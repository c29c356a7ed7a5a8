package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.template.MarkdownRoundTripAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeCommandTest {
    static final String EXAMPLE = "examples/amnesty-support/letter.yaml";

    @TempDir Path dir;

    @Test
    void composesTheExampleLetterToStandardOutput() throws IOException {
        Cli.Result result = Cli.exec("compose", EXAMPLE);
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        Golden.assertMatches("amnesty-support/letter.md", result.out());
    }

    @Test
    void theExampleHasEveryPartOfTheModelLetterInOrder() {
        String md = Cli.exec("compose", EXAMPLE).out();
        assertThat(md)
                .containsSubsequence(
                        "**Sex Workers Project**",
                        "August 20, 2015",
                        "Salil Shetty\\\nSecretary General\\\nAmnesty International",
                        "Dear Mr. Shetty,",
                        "The Sex Workers Project (SWP) applauds Amnesty International’s decision",
                        "For 14 years we have been providing services",
                        "Your organization has long looked past", // the recipient's record
                        "keep listening first to the people", // and the request to listen
                        "Laws that punish the purchase of sex", // buyers
                        "Broad laws against third parties", // then third-parties
                        "living off the proceeds", // then living-off-proceeds
                        // The one concession: criminalization-stigma's, in place of the template's
                        "criminal law is the wrong tool",
                        "We will keep working to end", // commitments
                        "In Solidarity,",
                        "Jane Doe\\\nDirector\\\nSex Workers Project",
                        "**Sources**",
                        "1. Global Network of Sex Work Projects");
        // The sender's own letter is its own view: never listed, never quoted as someone else's.
        assertThat(md)
                .doesNotContain("this position is still a difficult one")
                .doesNotContain("Sex Workers Project, letter")
                .doesNotContain("As the Sex Workers Project has")
                .contains("In our experience");
    }

    @Test
    void composingTwiceGivesIdenticalBytes() {
        assertThat(Cli.exec("compose", EXAMPLE).outBytes())
                .isEqualTo(Cli.exec("compose", EXAMPLE).outBytes());
    }

    @Test
    void writesAFileAndRefusesToOverwriteItWithoutForce() throws IOException {
        Path out = dir.resolve("letter.md");
        assertThat(Cli.exec("compose", EXAMPLE, "-o", out.toString()).code()).isZero();
        String first = Files.readString(out);
        assertThat(first).contains("Dear Mr. Shetty,");

        Files.writeString(out, "my edits");
        Cli.Result again = Cli.exec("compose", EXAMPLE, "-o", out.toString());
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains("file exists; use --force");
        assertThat(Files.readString(out)).isEqualTo("my edits");

        assertThat(Cli.exec("compose", EXAMPLE, "-o", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("letter.md");
        }
    }

    @Test
    void argumentsAndSetOverrideTheLetterFile() {
        Cli.Result result =
                Cli.exec(
                        "compose",
                        EXAMPLE,
                        "-a",
                        "nordic-model",
                        "-a",
                        "reporting-crimes",
                        "--set",
                        "recipient.name=Jane Roe",
                        "--set",
                        "recipient.honorific=Dr.",
                        "--set",
                        "org.signatory.title=Executive Director");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Dear Dr. Roe,", "Jane Roe\\\nSecretary General", "Executive Director")
                .doesNotContain("Laws that punish the purchase of sex");
        assertThat(result.out().indexOf("Nordic")).isLessThan(result.out().indexOf("report"));
    }

    @Test
    void hostileOrganizationNamesPrintLiterally() throws IOException {
        for (String name :
                List.of(
                        "**Bold** [x](javascript:alert(1)) <b>hi</b>",
                        "# Heading Org",
                        "1. Numbered Org",
                        "- Listed Org",
                        "> Quoted Org")) {
            Cli.Result result = Cli.exec("compose", EXAMPLE, "--set", "org.name=" + name);
            assertThat(result.code()).as(result.err()).isZero();
            String text = MarkdownRoundTripAccess.textOf(result.out());
            assertThat(text).contains(name);
            assertThat(MarkdownRoundTripAccess.nodeTypes(result.out()))
                    .doesNotContain("Link", "HtmlInline", "Heading", "BulletList", "BlockQuote")
                    .contains("StrongEmphasis"); // the template's own bold letterhead
        }
    }

    @Test
    void invalidInputExitsThreeWithOneLinePerProblem() throws IOException {
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                """
                template: suport
                organization:
                  name: Example Org
                  adress: [ "1 Main St" ]
                  signatory: { name: A. Person }
                recipient:
                  titel: Minister
                arguments: [ criminalisation-stigma, buyers ]
                date: 2015-13-01
                """,
                StandardCharsets.UTF_8);
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList())
                .containsExactlyInAnyOrder(
                        "advocate: "
                                + letter
                                + ":1:11: template: unknown template 'suport' (did you mean"
                                + " 'support'?); known: oppose, recommendations, sign-on, support,"
                                + " urge",
                        "advocate: "
                                + letter
                                + ":9:7: date: expected a date as YYYY-MM-DD, found"
                                + " '2015-13-01'",
                        "advocate: "
                                + letter
                                + ":4:3: organization.adress: unknown field (did you"
                                + " mean 'address'?)",
                        "advocate: "
                                + letter
                                + ":7:3: recipient.titel: unknown field (did you"
                                + " mean 'title'?)",
                        "advocate: " + letter + ":7:3: recipient: needs a name or an organization",
                        "advocate: "
                                + letter
                                + ":8:14: arguments: unknown argument 'criminalisation-stigma' (did"
                                + " you mean 'criminalization-stigma'?)");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedYamlNamesLineAndColumn() throws IOException {
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(letter, "recipient:\n  name: [unclosed\nsubject: x\n");
        Cli.Result result = Cli.exec("compose", letter.toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .startsWith("advocate: " + letter + ":3:")
                .contains("malformed YAML");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void neverWritesOverAFileTheLetterIsMadeFrom() throws IOException {
        for (String name : List.of("letter.yaml", "organization.yaml")) {
            Files.copy(Path.of("examples/amnesty-support", name), dir.resolve(name));
        }
        Path letter = dir.resolve("letter.yaml");
        for (String target : List.of("letter.yaml", "organization.yaml")) {
            String before = Files.readString(dir.resolve(target));
            Cli.Result r =
                    Cli.exec(
                            "compose",
                            letter.toString(),
                            "-f",
                            "md",
                            "-o",
                            dir.resolve(target).toString(),
                            "--force");
            assertThat(r.code()).isEqualTo(5);
            assertThat(r.err())
                    .contains(target + ": is ")
                    .contains("which this letter is made from; choose another output file")
                    .doesNotContain("--force");
            assertThat(Files.readString(dir.resolve(target))).isEqualTo(before);
            // Without -f, .yaml is no output format at all.
            assertThat(
                            Cli.exec(
                                            "compose",
                                            letter.toString(),
                                            "-o",
                                            dir.resolve(target).toString())
                                    .code())
                    .isEqualTo(2);
            assertThat(Files.readString(dir.resolve(target))).isEqualTo(before);
        }
    }

    @Test
    void anOutputNameThatIsAFolderOrEmptyIsRefused() {
        Path folder = dir.resolve("new");
        Cli.Result slash = Cli.exec("compose", EXAMPLE, "-o", folder + "/");
        assertThat(slash.code()).isEqualTo(5);
        assertThat(slash.err()).contains("expected a file name, e.g. -o " + folder + "/letter.md");
        assertThat(folder).doesNotExist();
        Cli.Result empty = Cli.exec("compose", EXAMPLE, "-o", "");
        assertThat(empty.code()).isEqualTo(5);
        assertThat(empty.err()).contains("-o '': expected a file name");
    }

    /** The example letter without its locale: line, in the test folder. */
    private Path withoutLocale() throws IOException {
        for (String name : List.of("letter.yaml", "organization.yaml")) {
            Files.copy(Path.of("examples/amnesty-support", name), dir.resolve(name));
        }
        Path letter = dir.resolve("letter.yaml");
        return Files.writeString(letter, Files.readString(letter).replace("locale: en-US\n", ""));
    }

    @Test
    void anUnknownLocaleIsNamedWhereItWasGiven() throws IOException {
        Cli.Result option = Cli.exec("compose", EXAMPLE, "--locale", "klingon");
        assertThat(option.code()).isEqualTo(3);
        assertThat(option.err())
                .isEqualTo(
                        "advocate: --locale: expected a language tag such as en-US or fr-FR, found"
                                + " 'klingon'\n");
        Cli.Result env =
                new Cli()
                        .env("ADVOCATE_LOCALE", "fr_FR")
                        .run("compose", withoutLocale().toString());
        assertThat(env.code()).isEqualTo(3);
        assertThat(env.err()).startsWith("advocate: ADVOCATE_LOCALE: expected a language tag");
    }

    @Test
    void aWrongTemplateOptionIsBlamedOnTheOption() {
        Cli.Result r = Cli.exec("compose", EXAMPLE, "-t", "suport");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .startsWith("advocate: --template: template: unknown template 'suport'")
                .doesNotContain("letter.yaml");
    }

    @Test
    void missingLetterFileIsAnInputError() {
        Cli.Result result = Cli.exec("compose", dir.resolve("nope.yaml").toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("nope.yaml: file not found");
    }

    @Test
    void aHostileTemplateExitsFourAndRunsNothing() throws IOException {
        Path marker = dir.resolve("pwned");
        Path template = dir.resolve("evil.md.ftl");
        Files.writeString(
                template,
                "Hello\n${'freemarker.template.utility.Execute'?new()('touch " + marker + "')}\n");
        Cli.Result result = Cli.exec("compose", EXAMPLE, "-t", template.toString());
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("evil.md.ftl:2:").contains("not allowed");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(marker).doesNotExist();
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli.Result result = Cli.exec("compose", EXAMPLE, "--frobnicate");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void helpAndVersion() {
        Cli.Result help = Cli.exec("compose", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--set=PATH=VALUE", "--argument=ID", "LETTER.yaml");
        Cli.Result version = Cli.exec("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("advocate 0.1.0");
        Cli.Result none = Cli.exec();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("compose");
    }

    @Test
    void sourceDateEpochSetsTheDefaultDate() throws IOException {
        Path org = Path.of("examples/amnesty-support/organization.yaml").toAbsolutePath();
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                "organization: "
                        + org
                        + "\nrecipient: { name: Jane Roe }\narguments: [ buyers ]\n");
        assertThat(
                        new Cli()
                                .env("SOURCE_DATE_EPOCH", "1440000000")
                                .run("compose", letter.toString())
                                .out())
                .contains("August 19, 2015");
        assertThat(Cli.exec("compose", letter.toString()).out()).contains("March 8, 2026");
    }
}
