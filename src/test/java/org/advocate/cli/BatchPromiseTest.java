package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check --rows} promises what {@code batch} delivers: batch takes the same input options,
 * and when check passes for a rows file and name pattern, batch writes a letter for every row.
 * Checked over the example batch and a generated corpus of valid and invalid rows, in Markdown and
 * PDF, with and without command-line changes.
 */
class BatchPromiseTest {
    private static final String LETTER = "examples/legislators/letter.yaml";
    private static final String HEADER =
            "Honorific,Name,Title,District,Chamber,Address line 1,Address line 2,Address line 3";

    /** Rows a user might have: most valid, some that each break one thing. */
    private static final List<String> CELLS =
            List.of(
                    "Sen.,Maria Alvarez,State Senator,01,Senate,Room 1,1 Main St,City",
                    "Rep.,James Whitaker,State Representative,08,House,Room 2,2 Main St,City",
                    "Rep.,Aisha Bello,State Representative,15,House,Room 3,3 Main St,City",
                    "Sen.,Ren\u00e9e O'Brien,State Senator,22,Senate,Room 4,4 Main St,City",
                    "Sen.,,State Senator,23,Senate,Room 5,5 Main St,City",
                    "Rep.,Zo\u00eb \u6771\u4eac,State Representative,30,House,Room 6,6 Main"
                            + " St,City",
                    "Rep.,Ana \u200BLima,State Representative,31,House,Room 7,7 Main St,City",
                    "Rep.,Bo Chen,State Representative,../x,House,Room 8,8 Main St,City",
                    "Rep.,Kim Park,State Representative,40,House",
                    "Rep.,Lee Moss,State Representative,41,House,Room 9,9 Main St,City");

    /** Command-line changes, each valid or not. */
    private static final List<List<String>> VARIATIONS =
            List.of(
                    List.of(),
                    List.of("--paper", "a4"),
                    List.of("-a", "buyers"),
                    List.of("-a", "no-such-argument"),
                    List.of("--set", "org.signatory.title=Director"),
                    List.of("--set", "date=2015-13-45"),
                    List.of("--org", "examples/amnesty-support/organization.yaml"),
                    List.of("--locale", "en-GB"));

    @TempDir Path dir;

    static Stream<Arguments> corpus() {
        Random random = new Random(20260308L);
        List<Arguments> all = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int count = 1 + random.nextInt(3);
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                rows.add(CELLS.get(random.nextInt(CELLS.size())));
            }
            String format = i % 2 == 0 ? "md" : "pdf";
            List<String> variation = VARIATIONS.get(random.nextInt(VARIATIONS.size()));
            all.add(Arguments.of(rows, format, variation));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} {2} {0}")
    @MethodSource("corpus")
    void aPassingRowsCheckMeansBatchWritesEveryRow(
            List<String> rows, String format, List<String> variation) throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("rows.csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
        assertPromise(
                file,
                rows.size(),
                "{recipient.district}-{recipient.lastName}." + format,
                variation);
    }

    @Test
    void theExampleBatchKeepsThePromiseInEveryFormat() throws IOException {
        Path rows = Path.of("examples/legislators/recipients.csv");
        long count = Files.readAllLines(rows).size() - 1;
        for (String format : List.of("md", "pdf", "html", "docx")) {
            assertPromise(
                    rows, count, "{recipient.lastName}-{recipient.district}." + format, List.of());
        }
    }

    @Test
    void batchTakesEveryInputOptionOfCompose() throws IOException {
        Path signers =
                Files.writeString(
                        dir.resolve("signers.csv"), "organization,country\nRed Ejemplo,Peru\n");
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        LETTER,
                        "--rows",
                        "examples/legislators/recipients.csv",
                        "--out-dir",
                        out.toString(),
                        "--name",
                        "{recipient.lastName}.pdf",
                        "--limit",
                        "1",
                        "-a",
                        "buyers",
                        "-t",
                        "urge",
                        "--org",
                        "examples/legislators/organization.yaml",
                        "--set",
                        "org.signatory.title=Director",
                        "--signatories",
                        signers.toString(),
                        "--paper",
                        "a4",
                        "--locale",
                        "en-US");
        assertThat(result.err()).doesNotContain("Unknown option");
        assertThat(result.code()).as(result.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            // A4 is 595 points wide; Letter is 612.
            assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("/MediaBox[0 0 595 ");
        }
    }

    private void assertPromise(Path rows, long count, String name, List<String> variation)
            throws IOException {
        Path out = Files.createTempDirectory(dir, "out").resolve("letters");
        List<String> check =
                new ArrayList<>(
                        List.of(
                                "check",
                                LETTER,
                                "--rows",
                                rows.toString(),
                                "--name",
                                name,
                                "--out-dir",
                                out.toString()));
        check.addAll(variation);
        Cli.Result checked = Cli.exec(check.toArray(String[]::new));
        List<String> batch =
                new ArrayList<>(
                        List.of(
                                "batch",
                                LETTER,
                                "--rows",
                                rows.toString(),
                                "--name",
                                name,
                                "--out-dir",
                                out.toString()));
        batch.addAll(variation);
        Cli.Result batched = Cli.exec(batch.toArray(String[]::new));
        if (checked.code() == 0) {
            assertThat(batched.code())
                    .as("check passed, so batch must: %s", batched.err())
                    .isZero();
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(
                                files.filter(
                                                p ->
                                                        p.toString()
                                                                .endsWith(
                                                                        name.substring(
                                                                                name.lastIndexOf(
                                                                                        '.'))))
                                        .count())
                        .as("a file for every row")
                        .isEqualTo(count);
            }
        } else {
            assertThat(checked.code()).as(checked.out() + checked.err()).isIn(2, 6);
        }
        if (batched.code() == 3 || batched.code() == 4) {
            assertThat(checked.code())
                    .as("batch failed (%s), so check must find it", batched.err())
                    .isEqualTo(6);
        }
        if (batched.code() == 2) {
            assertThat(checked.code()).isEqualTo(2);
        }
    }
}
