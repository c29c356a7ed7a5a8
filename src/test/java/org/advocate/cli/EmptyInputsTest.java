package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rows or signatories file with no data rows is refused unless --allow-empty says so. */
class EmptyInputsTest {
    static final String LEGISLATORS = "examples/legislators/letter.yaml";
    static final String SIGN_ON = "examples/coalition-sign-on/letter.yaml";

    static final String ROWS_HEADER =
            "Honorific,Name,Title,District,Chamber,Committee,Address line 1,Address line 2,"
                    + "Address line 3";
    static final String SIGNERS_HEADER =
            "Organization name,Contact name,Title,Country,City,"
                    + "\"May we publish your organization's name?\",Lead signer";

    @TempDir Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Cli.Result batch(Path rows, String... more) {
        List<String> args =
                new java.util.ArrayList<>(
                        List.of(
                                "batch",
                                LEGISLATORS,
                                "--rows",
                                rows.toString(),
                                "--out-dir",
                                dir.resolve("out").toString(),
                                "--name",
                                "{recipient.lastName}.md"));
        args.addAll(List.of(more));
        return Cli.exec(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rows.csv|HEADER\\n",
                "rows.csv|HEADER\\n,,,,,,,,\\n\\n",
                "rows.json|[]",
                "rows.yaml|[]\\n"
            })
    void aRowsFileWithoutDataRowsIsRefusedNamingTheFile(String name, String text)
            throws IOException {
        Path rows = file(name, text.replace("HEADER", ROWS_HEADER).replace("\\n", "\n"));
        Cli.Result result = batch(rows);
        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.err())
                .isEqualTo(
                        "advocate: "
                                + rows
                                + ": has no data rows; give --allow-empty if a run with no rows is"
                                + " what you want\n");
        assertThat(dir.resolve("out")).doesNotExist();

        Cli.Result dryRun = batch(rows, "--dry-run");
        assertThat(dryRun.code()).isEqualTo(3);

        Cli.Result allowed = batch(rows, "--allow-empty");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("0 rows: 0 written");
    }

    @Test
    void checkFindsEmptyRowsToo() throws IOException {
        Path rows = file("rows.csv", ROWS_HEADER + "\n");
        Cli.Result result = Cli.exec("check", LEGISLATORS, "--rows", rows.toString());
        assertThat(result.code()).isEqualTo(6);
        assertThat(result.out()).contains(rows + ": error: has no data rows");
        Cli.Result allowed =
                Cli.exec("check", LEGISLATORS, "--rows", rows.toString(), "--allow-empty");
        assertThat(allowed.out() + allowed.err()).doesNotContain("has no data rows");
    }

    @Test
    void aSignatoriesFileWithoutDataRowsIsRefusedUnlessAllowed() throws IOException {
        Path signers = file("signers.csv", SIGNERS_HEADER + "\n");
        Cli.Result result =
                Cli.exec("compose", SIGN_ON, "--signatories", signers.toString(), "-o", "-");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err())
                .contains(
                        "advocate: "
                                + signers
                                + ": has no signatories (no data rows); give --allow-empty to make"
                                + " the letter without any");
        assertThat(result.out()).isEmpty();

        Cli.Result check = Cli.exec("check", SIGN_ON, "--signatories", signers.toString());
        assertThat(check.code()).isEqualTo(6);
        assertThat(check.out() + check.err()).contains("has no signatories (no data rows)");

        Cli.Result allowed =
                Cli.exec(
                        "compose",
                        SIGN_ON,
                        "--signatories",
                        signers.toString(),
                        "--allow-empty",
                        "-o",
                        "-");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains(signers + ": has no signatories");
    }

    @Test
    void aSignatoriesFileWhoseRowsAllDeclineStaysAWarning() throws IOException {
        Path signers =
                file(
                        "signers.csv",
                        SIGNERS_HEADER
                                + "\nA Group,Ana,Chair,Kenya,Nairobi,No,\nB,Bo,,Peru,,no,\n");
        Cli.Result result =
                Cli.exec("compose", SIGN_ON, "--signatories", signers.toString(), "-o", "-");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("none may be published: all 2 rows withhold consent");
    }
}
