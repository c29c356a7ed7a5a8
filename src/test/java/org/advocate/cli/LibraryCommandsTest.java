package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCommandsTest {
    @TempDir Path dir;

    @Test
    void argumentsListIsATableThatFitsTheTerminal() {
        Cli.Result wide = new Cli().env("COLUMNS", "200").run("arguments", "list");
        assertThat(wide.code()).isZero();
        assertThat(wide.out().lines().findFirst().orElseThrow())
                .matches("ID +TITLE +TAGS +SOURCES");
        assertThat(wide.out())
                .contains("third-parties", "Criminalizing third parties isolates sex workers");
        assertThat(wide.out().lines().count()).isGreaterThan(20);

        for (String columns : new String[] {"60", "80"}) {
            Cli.Result narrow = new Cli().env("COLUMNS", columns).run("arguments", "list");
            assertThat(narrow.out().lines())
                    .allSatisfy(
                            line ->
                                    assertThat(line.length())
                                            .isLessThanOrEqualTo(Integer.parseInt(columns)));
            assertThat(narrow.out()).contains("third-parties", "…");
        }
        // No COLUMNS: 80.
        assertThat(Cli.exec("arguments", "list").out().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void argumentsListFiltersByTagAndPrintsJson() {
        Cli.Result health =
                new Cli().env("COLUMNS", "200").run("arguments", "list", "--tag", "health");
        assertThat(health.out()).contains("health-outreach").doesNotContain("third-parties");

        Cli.Result json = Cli.exec("arguments", "list", "--json", "--tag", "third-parties");
        assertThat(json.code()).isZero();
        assertThat(json.out().strip())
                .startsWith("[{\"id\":\"third-parties\",\"title\":\"Criminalizing third parties")
                .contains("\"tags\":[\"criminalization\",\"third-parties\"", "\"sources\":1")
                .endsWith("}]");
    }

    @Test
    void argumentsShowRendersTheBodyForAnExampleOrganization() {
        Cli.Result result = Cli.exec("arguments", "show", "exclusion-from-services");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("summary:", "Sources:", "1. ")
                .doesNotContain("${org")
                .contains("We urge that services");
    }

    @Test
    void unknownIdsGetADidYouMeanAnswer() {
        Cli.Result argument = Cli.exec("arguments", "show", "third-partys");
        assertThat(argument.code()).isEqualTo(3);
        assertThat(argument.err())
                .isEqualTo(
                        "advocate: arguments: unknown argument 'third-partys' (did you mean"
                                + " 'third-parties'?)\n");
        Cli.Result template = Cli.exec("templates", "show", "opose");
        assertThat(template.code()).isEqualTo(3);
        assertThat(template.err()).contains("unknown template 'opose' (did you mean 'oppose'?)");
    }

    @Test
    void templatesListShowsEveryTemplateWithItsLanguagesAndPurpose() {
        Cli.Result result = new Cli().env("COLUMNS", "200").run("templates", "list");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("oppose", "recommendations")
                .containsPattern("support +en, es, fr, pt +A letter applauding")
                .containsPattern("oppose +en, es, fr +A letter urging")
                .doesNotContain("support.fr");
    }

    @Test
    void templatesShowFindsTheVariablesAndWhichAreRequired() {
        Cli.Result result = Cli.exec("templates", "show", "support");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("support: A letter applauding a decision or policy")
                .contains("languages: en, es, fr, pt\n")
                .contains("  * org.name\n", "  * org.signatory.name\n")
                .contains("    org.email\n", "    letter.occasion\n", "    paragraphs.opening\n")
                // Filled in for every letter, so not the letter's to give.
                .contains("    recipient.salutation\n", "    org.address\n", "    org.closing\n");

        Cli.Result recommendations = Cli.exec("templates", "show", "recommendations");
        assertThat(recommendations.out()).contains("urging a government", "    sources\n");
    }

    @Test
    void aLibraryFolderAddsAndOverridesArgumentsAndTemplates() throws IOException {
        Files.createDirectories(dir.resolve("arguments"));
        Files.writeString(
                dir.resolve("arguments/local-story.md"),
                """
                ---
                id: local-story
                title: Our local story
                summary: What we saw in our city.
                tags: [local]
                sources:
                  - publisher: Us
                    title: Our notes
                ---
                In our city, ${org.shortName} saw it happen.
                """);
        Files.writeString(
                dir.resolve("short.md.ftl"),
                "<#-- short: a very short note. -->\n${recipient.salutation}\n\nHello from"
                        + " ${org.name} to ${recipient.title}.\n");
        String lib = dir.toString();
        assertThat(new Cli().env("COLUMNS", "200").run("arguments", "list", "--library", lib).out())
                .contains("local-story", "Our local story", "third-parties");
        assertThat(Cli.exec("arguments", "show", "local-story", "--library", lib).out())
                .contains("In our city, ESWRN saw it happen.");
        assertThat(Cli.exec("templates", "list", "--library", lib).out())
                .contains("short", "A very short note.");
        assertThat(Cli.exec("templates", "show", "short", "--library", lib).out())
                // A title is the letter's to give; a salutation is made from the name.
                .contains("  * org.name", "  * recipient.title", "    recipient.salutation")
                .doesNotContain("org.email");
        // The environment gives the same default.
        assertThat(
                        new Cli()
                                .env("ADVOCATE_LIBRARY", lib)
                                .run("arguments", "show", "local-story")
                                .code())
                .isZero();
    }
}
