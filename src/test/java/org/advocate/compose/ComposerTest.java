package org.advocate.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.Organization;
import org.advocate.model.Person;
import org.advocate.model.Recipient;
import org.advocate.model.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposerTest {
    @TempDir Path dir;

    private static final Organization ORG =
            new Organization(
                    "Sex Workers Project",
                    "SWP",
                    "2001",
                    null,
                    "providing services",
                    List.of("123 Example Street"),
                    null,
                    null,
                    null,
                    new Person("Jane Doe", "Director"),
                    "In Solidarity",
                    null,
                    null,
                    List.of(),
                    null);

    private static final Recipient RECIPIENT =
            new Recipient(
                    "Salil Shetty",
                    "Mr.",
                    "Secretary General",
                    "Amnesty International",
                    List.of(),
                    "Dear Mr. Shetty,",
                    "Salil",
                    "Shetty");

    private Letter letter(String template, List<String> arguments, Map<String, String> paragraphs) {
        return new Letter(
                template,
                ORG,
                LocalDate.of(2015, 8, 20),
                Locale.US,
                RECIPIENT,
                "Support",
                "decision",
                arguments,
                paragraphs,
                List.of(),
                dir);
    }

    private RenderedLetter render(Library library, Letter letter) {
        try (Composer composer = Composer.builder(library).build()) {
            return composer.render(letter);
        }
    }

    /** A library whose arguments share sources, to see the numbering. */
    private Library sharedSources() throws IOException {
        Files.createDirectories(dir.resolve("lib/arguments"));
        write("one", "A", "B");
        write("two", "B", "C");
        write("three", "A");
        Files.writeString(
                dir.resolve("lib/cites.md.ftl"),
                "<#list arguments as a>${a.id} ${a.marker}\n</#list>"
                        + "<#list sources as s>${s.number}=${s.title}\n</#list>");
        return Library.withFolder(dir.resolve("lib"));
    }

    private void write(String id, String... sources) throws IOException {
        StringBuilder text =
                new StringBuilder("---\nid: " + id + "\ntitle: T\nsummary: S\ntags: [" + id);
        text.append("]\nsources:\n");
        for (String source : sources) {
            text.append("  - publisher: P\n    title: ").append(source).append('\n');
        }
        text.append("---\nBody of ").append(id).append(".\n");
        Files.writeString(dir.resolve("lib/arguments/" + id + ".md"), text);
    }

    @Test
    void sourcesAreNumberedByFirstCitationAndSharedOnesAppearOnce() throws IOException {
        RenderedLetter rendered =
                render(sharedSources(), letter("cites", List.of("two", "one", "three"), Map.of()));
        assertThat(rendered.markdown())
                .isEqualTo("two [1, 2]\none [1, 3]\nthree [3]\n1=B\n2=C\n3=A\n");
    }

    @Test
    void aConcessionPrintsAfterTheEvidenceAndEndnotesFollowThePrintedOrder() throws IOException {
        Library library = sharedSources();
        String one = Files.readString(dir.resolve("lib/arguments/one.md"));
        Files.writeString(
                dir.resolve("lib/arguments/one.md"),
                one.replace("tags: [one]\n", "tags: [one]\nrole: concession\n"));
        RenderedLetter rendered =
                render(library, letter("cites", List.of("one", "two", "three"), Map.of()));
        // "one" is listed first but, as the concession, prints after the evidence: "two" cites
        // B and C first, so they are 1 and 2.
        assertThat(rendered.markdown())
                .isEqualTo("two [1, 2]\nthree [3]\none [1, 3]\n1=B\n2=C\n3=A\n");
    }

    @Test
    void theSupportTemplateConcedesOnceWhetherOrNotAnArgumentDoes() {
        String own = "We know that this position is still a difficult one";
        String argument = "We recognize that some people regard sex work as harmful in itself";
        String withArgument =
                render(
                                Library.builtIn(),
                                letter(
                                        "support",
                                        List.of("criminalization-stigma", "buyers"),
                                        Map.of()))
                        .markdown();
        assertThat(withArgument).contains(argument).doesNotContain(own);
        assertThat(withArgument)
                .containsSubsequence("Laws that punish the purchase of sex", argument);
        String without =
                render(Library.builtIn(), letter("support", List.of("buyers"), Map.of()))
                        .markdown();
        assertThat(without).contains(own).doesNotContain(argument);
    }

    @Test
    void theSupportTemplateCommendsTheRecipientsRecordOnlyWhenTheLetterDescribesIt() {
        String ask = "We ask you to keep listening first to the people these laws touch";
        String with =
                render(
                                Library.builtIn(),
                                letter(
                                        "support",
                                        List.of("buyers"),
                                        Map.of("record", "Your record is a long one.")))
                        .markdown();
        assertThat(with).contains("Your record is a long one. " + ask);
        assertThat(
                        render(Library.builtIn(), letter("support", List.of("buyers"), Map.of()))
                                .markdown())
                .doesNotContain(ask);
    }

    @Test
    void namesTakeTheirArticleInRunningTextButNotInTheAddress() {
        Organization org =
                new Organization(
                        "Sex Workers Project",
                        "SWP",
                        "2001",
                        null,
                        "services",
                        List.of(),
                        null,
                        null,
                        null,
                        new Person("Jane Doe", null),
                        "In Solidarity",
                        null,
                        null,
                        List.of(),
                        "the");
        Recipient house =
                new Recipient(
                        null,
                        null,
                        null,
                        "House of Commons",
                        List.of(),
                        "Dear Members of Parliament,",
                        null,
                        null,
                        null,
                        "the");
        Letter letter =
                new Letter(
                        "oppose",
                        org,
                        LocalDate.of(2014, 7, 2),
                        Locale.CANADA,
                        house,
                        "Vote no",
                        "Bill C-36",
                        List.of("third-parties"),
                        Map.of(),
                        List.of(),
                        dir);
        String md = render(Library.builtIn(), letter).markdown();
        assertThat(md)
                .contains("The Sex Workers Project (SWP) urges you to oppose Bill C-36.")
                .contains("give evidence to the House of Commons,")
                .contains("\nHouse of Commons\n")
                .contains("**Sex Workers Project**");
    }

    @Test
    void keywordsAreTheTagsOfTheChosenArgumentsInOrder() throws IOException {
        RenderedLetter rendered =
                render(sharedSources(), letter("cites", List.of("three", "one"), Map.of()));
        assertThat(rendered.metadata().keywords()).containsExactly("three", "one");
        assertThat(rendered.metadata().author()).isEqualTo("Sex Workers Project");
    }

    @Test
    void everyBuiltInArgumentRendersInTheSupportLetter() {
        Library library = Library.builtIn();
        for (Argument argument : library.arguments()) {
            String md =
                    render(library, letter("support", List.of(argument.id()), Map.of())).markdown();
            List<org.advocate.model.Source> outside =
                    argument.sources().stream().filter(s -> !ORG.wrote(s)).toList();
            assertThat(md).as(argument.id()).doesNotContain("${");
            if (outside.isEmpty()) {
                // Rests on the sender's own letter alone: its own view, with nothing to cite.
                assertThat(md).as(argument.id()).doesNotContain("**Sources**");
                continue;
            }
            String marker =
                    java.util.stream.IntStream.rangeClosed(1, outside.size())
                            .mapToObj(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            assertThat(md).as(argument.id()).contains(" " + marker + "\n");
            assertThat(md)
                    .as(argument.id())
                    .contains("**Sources**")
                    .contains(outside.get(0).label());
        }
    }

    /** An organization with nothing but the required fields. */
    private static final Organization MINIMAL =
            new Organization(
                    "Minimal Collective",
                    "Minimal Collective",
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    new Person("Ana", null),
                    "Sincerely",
                    null,
                    null,
                    List.of(),
                    null);

    /** An organization with every field, another than the authors of the built-in sources. */
    private static final Organization FULL =
            new Organization(
                    "Example Rights Network",
                    "ERN",
                    "1998",
                    null,
                    "supporting sex workers",
                    List.of("1 Example Road", "Example City"),
                    "office@example.org",
                    "+1 555 0100",
                    "https://example.org",
                    new Person("Alex Example", "Coordinator"),
                    "In solidarity",
                    null,
                    null,
                    List.of("Example Network"),
                    "the");

    @Test
    void everyArgumentRendersForAMinimalAndAFullOrganizationInEveryTemplate() {
        Library library = Library.builtIn();
        try (Composer composer = Composer.builder(library).build()) {
            for (Organization org : List.of(MINIMAL, FULL)) {
                for (String template : library.templateNames()) {
                    for (Argument argument : library.arguments()) {
                        Letter letter =
                                new Letter(
                                        template,
                                        org,
                                        LocalDate.of(2024, 4, 2),
                                        Locale.US,
                                        RECIPIENT,
                                        "Support",
                                        "decision",
                                        List.of(argument.id()),
                                        Map.of(),
                                        List.of(),
                                        dir);
                        String md = composer.render(letter).markdown();
                        assertThat(md)
                                .as(org.shortName() + " " + template + " " + argument.id())
                                .doesNotContain("${")
                                .contains("**Sources**");
                    }
                }
            }
        }
    }

    @Test
    void customParagraphsAppearAtTheirPositionsAsMarkdown() {
        String md =
                render(
                                Library.builtIn(),
                                letter(
                                        "support",
                                        List.of("buyers"),
                                        Map.of(
                                                "before-arguments", "*Before* the arguments.",
                                                "after-arguments", "After the arguments.",
                                                "postscript", "P.S. Thank you.")))
                        .markdown();
        assertThat(md)
                .containsSubsequence(
                        "*Before* the arguments.",
                        "Laws that punish the purchase of sex",
                        "After the arguments.",
                        "In Solidarity,",
                        "P.S. Thank you.");
    }

    @Test
    void dataIsEscapedButArgumentBodiesAreMarkup() {
        Organization org =
                new Organization(
                        "*Sisters* [United]",
                        "SU",
                        "2001",
                        null,
                        "services",
                        List.of(),
                        null,
                        null,
                        null,
                        new Person("A", "B"),
                        "Yours",
                        null,
                        null,
                        List.of(),
                        null);
        Letter letter =
                new Letter(
                        "support",
                        org,
                        LocalDate.of(2015, 8, 20),
                        Locale.US,
                        RECIPIENT,
                        "S",
                        null,
                        List.of("buyers"),
                        Map.of(),
                        List.of(),
                        dir);
        String md = render(Library.builtIn(), letter).markdown();
        assertThat(md).contains("\\*Sisters\\* \\[United\\]").doesNotContain("*Sisters* [");
    }

    @Test
    void blankLinesAreNormalized() {
        String md =
                render(Library.builtIn(), letter("support", List.of("buyers"), Map.of()))
                        .markdown();
        assertThat(md).doesNotContain("\n\n\n").endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void textOnlyArgumentBodiesAreRenderedOnceAndOthersForEveryLetter() throws IOException {
        Files.createDirectories(dir.resolve("lib/arguments"));
        Files.writeString(
                dir.resolve("lib/arguments/plain.md"),
                "---\nid: plain\ntitle: T\nsummary: S\ntags: [t]\nsources:\n"
                        + "  - publisher: P\n    title: A\n---\nPlain <#-- note --> text.\n");
        Files.writeString(
                dir.resolve("lib/arguments/named.md"),
                "---\nid: named\ntitle: T\nsummary: S\ntags: [t]\nsources:\n"
                        + "  - publisher: P\n    title: A\n---\n"
                        + "Written for ${recipient.name} on ${letter.date}.\n");
        Files.writeString(
                dir.resolve("lib/bodies.md.ftl"), "<#list arguments as a>${a.body}\n</#list>");
        Library library = Library.withFolder(dir.resolve("lib"));
        Letter first = letter("bodies", List.of("plain", "named"), Map.of());
        Letter second =
                new Letter(
                        "bodies",
                        ORG,
                        LocalDate.of(2016, 1, 2),
                        Locale.UK,
                        new Recipient(
                                "Ana Ruiz", null, null, null, List.of(), "Dear Ana,", null, null),
                        null,
                        null,
                        List.of("plain", "named"),
                        Map.of(),
                        List.of(),
                        dir);
        try (Composer renderer = Composer.builder(library).build()) {
            assertThat(renderer.render(first).markdown())
                    .isEqualTo("Plain  text.\nWritten for Salil Shetty on August 20, 2015.\n");
            assertThat(renderer.render(second).markdown())
                    .isEqualTo("Plain  text.\nWritten for Ana Ruiz on 2 January 2016.\n");
            assertThat(renderer.render(first).markdown())
                    .isEqualTo("Plain  text.\nWritten for Salil Shetty on August 20, 2015.\n");
        }
    }
}
