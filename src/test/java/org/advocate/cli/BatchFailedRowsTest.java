package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --continue-on-error}: rows that fail anywhere (their data, their name, a font, the
 * template) are kept out and listed, and every good row is written; without it, nothing is.
 */
class BatchFailedRowsTest {
    @TempDir Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    /**
     * A letter whose template reads the row's Amount as a number, so a row with a word there fails
     * to render, and 50 rows: row 10 has a blank name, row 20 a word for an amount, row 30 a name
     * in a script the PDF fonts lack.
     */
    private Path letter() throws IOException {
        Files.copy(
                Path.of("examples/legislators/organization.yaml"),
                dir.resolve("org.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                dir.resolve("amount.md.ftl"),
                "Dear ${recipient.name},\n\nWe ask for ${row.Amount?number} more shelters.\n");
        Files.writeString(
                dir.resolve("letter.yaml"),
                "template: amount.md.ftl\norganization: org.yaml\ndate: 2024-01-02\n"
                        + "columns: { Name: recipient.name }\n");
        return dir.resolve("letter.yaml");
    }

    private Path rows(int count, Map<Integer, String> lines) throws IOException {
        StringBuilder csv = new StringBuilder("Name,Amount\n");
        for (int i = 1; i <= count; i++) {
            csv.append(lines.getOrDefault(i, "Person " + i + "," + i)).append('\n');
        }
        return Files.writeString(dir.resolve("rows.csv"), csv.toString());
    }

    private Path fiftyWithThreeBad() throws IOException {
        return rows(50, Map.of(10, ",10", 20, "Person 20,twenty", 30, "Bad \u5C71\u7530,30"));
    }

    private Cli.Result batch(Path rows, String... more) throws IOException {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "batch",
                                letter().toString(),
                                "--rows",
                                rows.toString(),
                                "--out-dir",
                                out().toString(),
                                "--name",
                                "{recipient.name}.pdf"));
        args.addAll(List.of(more));
        return Cli.exec(args.toArray(String[]::new));
    }

    private List<String> letters() throws IOException {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(out())) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
    }

    private List<CSVRecord> failedCsv() throws IOException {
        String text = Files.readString(out().resolve("failed.csv"), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void everyGoodRowIsWrittenAndEveryBadRowListed() throws IOException {
        Path report = dir.resolve("report.json");
        Cli.Result r =
                batch(fiftyWithThreeBad(), "--continue-on-error", "--report", report.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(letters()).hasSize(47).doesNotContain("Person 20.pdf");
        assertThat(r.err())
                .contains("50 rows: 47 written, 0 skipped, 3 failed")
                .contains("failed rows in " + out().resolve("failed.csv"))
                .contains("report in " + report);

        List<CSVRecord> failed = failedCsv();
        assertThat(failed).hasSize(4);
        assertThat(failed.get(0).values()).containsExactly("Name", "Amount", "advocate error");
        assertThat(failed.get(1).get(0)).isEmpty();
        assertThat(failed.get(1).get(1)).isEqualTo("10");
        assertThat(failed.get(1).get(2))
                .contains("rows.csv:11 (row 11): ")
                .contains("recipient: is required");
        assertThat(failed.get(2).get(1)).isEqualTo("twenty");
        assertThat(failed.get(2).get(2)).contains("amount.md.ftl").contains("number");
        assertThat(failed.get(3).get(0)).isEqualTo("Bad \u5C71\u7530");
        assertThat(failed.get(3).get(2)).contains("rows.csv:31 (row 31)").contains("U+5C71");

        List<Map<String, String>> rows = ReportJson.read(report).rows();
        assertThat(rows).hasSize(50);
        assertThat(rows)
                .filteredOn(row -> "failed".equals(row.get("status")))
                .extracting(row -> row.get("row"))
                .containsExactly("10", "20", "30");
        assertThat(rows).filteredOn(row -> "written".equals(row.get("status"))).hasSize(47);
    }

    @Test
    void withoutContinueOnErrorNothingIsWritten() throws IOException {
        Cli.Result r = batch(fiftyWithThreeBad());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .containsPattern("rows.csv:11 \\(row 11\\): .*recipient: is required")
                .contains("rows.csv:31 (row 31): recipient.name: contains U+5C71");
        assertThat(out()).doesNotExist();
    }

    @Test
    void bothRowsOfACollisionFailAndTheRestAreWritten() throws IOException {
        Path rows = rows(6, Map.of(2, "Ana Lima,2", 5, "ana lima,5"));
        Cli.Result r = batch(rows, "--continue-on-error");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(letters())
                .containsExactly("Person 1.pdf", "Person 3.pdf", "Person 4.pdf", "Person 6.pdf");
        List<CSVRecord> failed = failedCsv();
        assertThat(failed).hasSize(3);
        assertThat(failed.get(1).get(2)).contains("row 3").contains("collides with row 6");
        assertThat(failed.get(2).get(2)).contains("row 6").contains("collides with row 3");

        // Without --continue-on-error the collision stops the run, naming both rows.
        Cli.Result strict = batch(rows, "--force");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err()).contains("rows.csv:6 (row 6): --name: output name 'ana lima.pdf'");
        assertThat(strict.err()).contains("collides with row 3");
    }

    @Test
    void aStaleFailedCsvIsRemovedWhenEveryRowPasses() throws IOException {
        assertThat(batch(fiftyWithThreeBad(), "--continue-on-error").code()).isEqualTo(1);
        assertThat(out().resolve("failed.csv")).exists();

        Cli.Result fixed = batch(rows(50, Map.of()), "--force");
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(letters()).hasSize(50);
        assertThat(out().resolve("failed.csv")).doesNotExist();
        assertThat(fixed.err()).doesNotContain("failed rows in");
    }

    @Test
    void aDryRunListsTheRowsThatWouldFail() throws IOException {
        Cli.Result r = batch(fiftyWithThreeBad(), "--continue-on-error", "--dry-run");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(50);
        // A dry run renders nothing, so it finds what binding, names and fonts find.
        assertThat(r.out()).contains("rows.csv:11 (row 11) -> failed: ");
        assertThat(r.out()).contains("rows.csv:31 (row 31) -> failed: ");
        assertThat(r.err()).contains("dry run: 50 rows, 48 to write, 0 to skip, 2 failed");
        assertThat(out()).doesNotExist();
    }
}
