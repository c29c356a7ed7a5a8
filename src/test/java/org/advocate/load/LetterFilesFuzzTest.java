package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.InputFiles;
import org.advocate.model.Letter;

/**
 * Fuzzes the whole letter and organization loaders (not only the YAML parser): whatever the bytes
 * of {@code letter.yaml} or of the organization file, loading gives a letter or fails with an
 * {@link InputException} of one-line problems that each name a file or an option; never another
 * exception. Plain {@code mvn test} replays {@code LetterFilesFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest='LetterFilesFuzzTest#method'} searches for more (docs/fuzzing.md).
 */
class LetterFilesFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 8);

    private static final Catalog CATALOG =
            new Catalog() {
                @Override
                public Set<String> argumentIds() {
                    return Set.of("buyers", "third-parties", "criminalization-stigma");
                }

                @Override
                public Set<String> templateNames() {
                    return Set.of("support", "sign-on");
                }
            };

    private static final String ORG =
            """
            name: Sex Workers Project
            shortName: SWP
            founded: 2001
            address: [123 Example Street, New York, NY 10001]
            signatory: {name: Jane Doe, title: Director}
            """;

    private static final String LETTER =
            """
            template: support
            organization: organization.yaml
            date: 2015-08-20
            recipient: {name: Salil Shetty, honorific: Mr.}
            subject: Support
            arguments: [buyers]
            """;

    private static final Path DIR = folder();

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("advocate-fuzz");
            Files.writeString(dir.resolve("organization.yaml"), ORG);
            Files.writeString(
                    dir.resolve("signatories.csv"), "Organization,Publish\nSWP,yes\nOther,no\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyLetterFileLoadsOrFailsWithOneLineProblems(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        try {
            String text = InputFiles.decode("letter.yaml", bytes);
            LetterInput input = new LetterInput("letter.yaml", text, DIR);
            Letter letter =
                    new LetterLoader(CATALOG).load(input, LetterLoader.Options.none(), TODAY);
            assertThat(letter.organization()).isNotNull();
        } catch (InputException e) {
            assertOneLineProblems(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyOrganizationFileLoadsOrFailsWithOneLineProblems(byte[] bytes) throws IOException {
        if (bytes == null) {
            return;
        }
        Path org = DIR.resolve("fuzzed-org.yaml");
        Files.write(org, bytes);
        try {
            LetterInput input = new LetterInput("letter.yaml", LETTER, DIR);
            LetterLoader.Options options =
                    new LetterLoader.Options(org, null, List.of(), Overrides.none());
            Letter letter = new LetterLoader(CATALOG).load(input, options, TODAY);
            assertThat(letter.organization().name()).isNotBlank();
        } catch (InputException e) {
            assertOneLineProblems(e);
        }
    }

    private static void assertOneLineProblems(InputException e) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem problem : e.problems()) {
            assertThat(problem.origin()).isNotBlank();
            assertThat(problem.toString()).doesNotContain("\n", "\r");
        }
    }
}
