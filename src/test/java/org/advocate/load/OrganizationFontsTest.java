package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.model.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fonts:} in an organization: font files checked as {@code --font} files are. */
class OrganizationFontsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 8);

    private static final Catalog CATALOG =
            new Catalog() {
                @Override
                public Set<String> argumentIds() {
                    return Set.of("buyers");
                }

                @Override
                public Set<String> templateNames() {
                    return Set.of("support");
                }
            };

    private static final String ORG =
            """
            name: Sex Workers Project
            founded: 2001
            signatory: {name: Jane Doe, title: Director}
            """;

    private static final String LETTER =
            """
            template: support
            organization: org/organization.yaml
            date: 2015-08-20
            recipient: {name: Salil Shetty, organization: Amnesty International}
            arguments: [buyers]
            """;

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Letter load(String letter) throws IOException {
        return new LetterLoader(CATALOG)
                .load(write("letter.yaml", letter), LetterLoader.Options.none(), TODAY);
    }

    private List<String> problems(String letter) {
        return catchThrowableOfType(InputException.class, () -> load(letter)).lines();
    }

    @Test
    void fontsResolveAgainstTheOrganizationFilesFolderInOrder() throws IOException {
        write("org/fonts/Second.otf", "outlines");
        write("org/fonts/First.ttf", "outlines");
        write("org/organization.yaml", ORG + "fonts: [fonts/First.ttf, fonts/Second.otf]\n");
        assertThat(load(LETTER).organization().fonts())
                .containsExactly(
                        dir.resolve("org/fonts/First.ttf"), dir.resolve("org/fonts/Second.otf"));
    }

    @Test
    void oneFontMayBeGivenWithoutAList() throws IOException {
        write("org/Thai.ttc", "outlines");
        write("org/organization.yaml", ORG + "fonts: Thai.ttc\n");
        assertThat(load(LETTER).organization().fonts())
                .containsExactly(dir.resolve("org/Thai.ttc"));
    }

    @Test
    void anOrganizationWithoutFontsHasNone() throws IOException {
        write("org/organization.yaml", ORG);
        assertThat(load(LETTER).organization().fonts()).isEmpty();
    }

    @Test
    void everyBadEntryIsNamedWithItsLineColumnAndIndex() throws IOException {
        write("org/notes.txt", "not a font");
        Path org =
                write(
                        "org/organization.yaml",
                        ORG
                                + """
                                fonts:
                                  - https://example.org/font.ttf
                                  - notes.txt
                                  - missing.ttf
                                  - {file: x.ttf}
                                """);
        assertThat(problems(LETTER))
                .containsExactly(
                        org
                                + ":5:5: fonts[1]: https://example.org/font.ttf: a font is a local"
                                + " file, not a URL",
                        org
                                + ":6:5: fonts[2]: "
                                + dir.resolve("org/notes.txt")
                                + ": expected a TrueType or OpenType font file (.ttf, .otf or"
                                + " .ttc)",
                        org
                                + ":7:5: fonts[3]: "
                                + dir.resolve("org/missing.ttf")
                                + ": no such file",
                        org + ":8:5: fonts[4]: expected a font file name, found a mapping");
    }

    @Test
    void fontsThatAreNotAListAreAProblem() throws IOException {
        Path org = write("org/organization.yaml", ORG + "fonts: {file: x.ttf}\n");
        assertThat(problems(LETTER))
                .containsExactly(
                        org + ":4:8: fonts: expected a list of font files, found a mapping");
    }

    @Test
    void anInlineOrganizationsFontsResolveAgainstTheLetterAndAreNamedUnderIt() throws IOException {
        write("Good.ttf", "outlines");
        String inline =
                LETTER.replace(
                        "organization: org/organization.yaml\n",
                        """
                        organization:
                          name: Inline Org
                          signatory: {name: A B, title: Chair}
                          fonts: [Good.ttf, file:/etc/passwd.ttf]
                        """);
        assertThat(problems(inline))
                .containsExactly(
                        dir.resolve("letter.yaml")
                                + ":5:21: organization.fonts[2]: file:/etc/passwd.ttf: a font is"
                                + " a local file, not a URL");
        assertThat(load(inline.replace(", file:/etc/passwd.ttf", "")).organization().fonts())
                .containsExactly(dir.resolve("Good.ttf"));
    }
}
