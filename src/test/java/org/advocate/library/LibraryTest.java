package org.advocate.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.advocate.InputException;
import org.advocate.model.Argument;
import org.advocate.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    /** The source documents the built-in arguments draw on (see arguments/README.md). */
    private static final Set<String> SEEDS =
            Set.of(
                    "000_64e497c239505f2a.txt",
                    "001_aa46fd5472d16da7.txt",
                    "002_50359afd386cc68c.txt",
                    "003_c226c716f9956ce5.txt",
                    "004_1c13e5b4f37ac37e.txt");

    /** Arguments the sources make that the library must cover. */
    private static final List<String> REQUIRED =
            List.of(
                    "anti-trafficking-support",
                    "buyers",
                    "criminalization-stigma",
                    "third-parties",
                    "living-off-proceeds");

    @TempDir Path dir;

    @Test
    void theBuiltInLibraryHasAtLeastFifteenArgumentsThatAllParse() {
        List<Argument> all = Library.builtIn().arguments();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).extracting(Argument::id).containsAll(REQUIRED);
        for (Argument argument : all) {
            assertThat(argument.title()).as(argument.id()).isNotBlank();
            assertThat(argument.summary()).as(argument.id()).isNotBlank();
            assertThat(argument.tags()).as(argument.id()).isNotEmpty();
            assertThat(argument.body()).as(argument.id()).isNotBlank();
            assertThat(argument.sources()).as(argument.id()).isNotEmpty();
            for (Source source : argument.sources()) {
                assertThat(source.label()).as(argument.id()).isNotBlank();
                assertThat(source.kind()).as(argument.id()).isNotBlank();
                assertThat(source.seed()).as(argument.id()).isIn(SEEDS);
            }
        }
    }

    @Test
    void everySourceDocumentIsCitedSomewhere() {
        Set<String> cited = new TreeSet<>();
        Library.builtIn().arguments().forEach(a -> a.sources().forEach(s -> cited.add(s.seed())));
        assertThat(cited).containsAll(SEEDS);
    }

    @Test
    void theGuideIsNotAnArgument() {
        assertThat(Library.builtIn().argumentIds()).doesNotContain("README");
    }

    @Test
    void listsTheBuiltInTemplates() {
        assertThat(Library.builtIn().templateNames()).contains("support");
        assertThat(Library.templateFile("support")).isEqualTo("support.md.ftl");
    }

    @Test
    void anUnknownArgumentGetsASuggestion() {
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () -> Library.builtIn().argument("byers"))
                                .lines())
                .singleElement()
                .asString()
                .contains("unknown argument 'byers'")
                .contains("did you mean 'buyers'?");
    }

    @Test
    void idsThatAreNotFileNamesAreRefusedWithoutTouchingTheDisk() {
        assertThat(
                        catchThrowableOfType(
                                InputException.class,
                                () -> Library.builtIn().argument("../../etc/passwd")))
                .isNotNull();
    }

    @Test
    void aUserFolderAddsAndOverridesArguments() throws IOException {
        Files.createDirectories(dir.resolve("arguments"));
        Files.writeString(dir.resolve("arguments/local-story.md"), argument("local-story"));
        Files.writeString(dir.resolve("arguments/buyers.md"), argument("buyers"));
        Library library = Library.withFolder(dir);
        assertThat(library.argumentIds()).contains("local-story", "buyers", "third-parties");
        assertThat(library.argument("buyers").title()).isEqualTo("Our own title");
        assertThat(library.argument("buyers").origin()).endsWith("buyers.md");
    }

    @Test
    void aBrokenArgumentFileIsReportedWithItsLines() throws IOException {
        Files.createDirectories(dir.resolve("arguments"));
        Files.writeString(
                dir.resolve("arguments/broken.md"),
                "---\nid: other\ntitle: T\nsummry: S\ntags: [a]\nsources: []\n---\n");
        List<String> lines =
                catchThrowableOfType(
                                InputException.class,
                                () -> Library.withFolder(dir).argument("broken"))
                        .lines();
        String file = dir.resolve("arguments/broken.md").toString();
        assertThat(lines)
                .contains(
                        file + ":2:5: id: must match the file name ('broken')",
                        file + ":4:1: summry: unknown field (did you mean 'summary'?)")
                .anyMatch(line -> line.startsWith(file + ":6:") && line.contains("sources"))
                .anyMatch(line -> line.contains("body: is empty"));
    }

    @Test
    void anArgumentDeclaresItsRoleAndAnUnknownRoleIsReportedAtItsLine() throws IOException {
        Files.createDirectories(dir.resolve("arguments"));
        Files.writeString(
                dir.resolve("arguments/granted.md"),
                argument("granted")
                        .replace("tags: [local]\n", "tags: [local]\nrole: concession\n"));
        Files.writeString(
                dir.resolve("arguments/odd.md"),
                argument("odd").replace("tags: [local]\n", "tags: [local]\nrole: rebuttal\n"));
        Library library = Library.withFolder(dir);
        assertThat(library.argument("granted").role()).isEqualTo("concession");
        assertThat(library.argument("granted").concedes()).isTrue();
        String file = dir.resolve("arguments/odd.md").toString();
        assertThat(
                        catchThrowableOfType(InputException.class, () -> library.argument("odd"))
                                .lines())
                .containsExactly(
                        file
                                + ":6:7: role: must be one of evidence, request, concession,"
                                + " commitment");
    }

    @Test
    void oneBuiltInArgumentConcedesAndSomeAsk() {
        List<Argument> all = Library.builtIn().arguments();
        assertThat(all.stream().filter(a -> a.role().equals("request")).map(Argument::id))
                .contains("meaningful-involvement", "tip-report");
        assertThat(all.stream().filter(Argument::concedes).map(Argument::id))
                .containsExactly("criminalization-stigma");
    }

    @Test
    void aMissingLibraryFolderIsNamed() {
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () -> Library.withFolder(dir.resolve("nope")))
                                .lines())
                .containsExactly(dir.resolve("nope") + ": library folder not found");
    }

    private static String argument(String id) {
        return "---\nid: "
                + id
                + "\ntitle: Our own title\nsummary: S.\ntags: [local]\nsources:\n"
                + "  - publisher: Us\n    title: Our annual report\n    year: 2024\n---\n"
                + "Our own words about ${org.name}.\n";
    }
}
