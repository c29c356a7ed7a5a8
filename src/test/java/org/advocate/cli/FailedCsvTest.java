package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** failed.csv through the command line: formula cells stay inert, and read back as written. */
class FailedCsvTest {
    @TempDir Path dir;

    private Path letter(String name, String template) throws IOException {
        Files.writeString(dir.resolve(name + ".md.ftl"), template);
        return Files.writeString(
                dir.resolve(name + ".yaml"),
                "template: "
                        + name
                        + ".md.ftl\norganization: org.yaml\ndate: 2024-01-02\n"
                        + "columns: { Name: recipient.name }\n");
    }

    @Test
    void formulaCellsAreInertInFailedCsvAndComeBackAsWrittenWhenItIsReadAgain() throws IOException {
        Files.copy(Path.of("examples/legislators/organization.yaml"), dir.resolve("org.yaml"));
        Path failing = letter("failing", "Dear ${recipient.name}, ${row.Boom}\n");
        Path fixed = letter("fixed", "Dear ${recipient.name}: ${row.Phone} ${row.Note}\n");
        Path rows =
                Files.writeString(
                        dir.resolve("rows.yaml"),
                        """
                        - {Id: '1', Name: Ana, Phone: '+1 555', Note: ok, Boom: ok}
                        - Id: '2'
                          Name: -Maria
                          Phone: +44 20 7946 0000
                          Note: '=HYPERLINK("http://evil.example","click")'
                        """);
        Path out = dir.resolve("out");
        Cli.Result first =
                Cli.exec(
                        "batch",
                        failing.toString(),
                        "--rows",
                        rows.toString(),
                        "--out-dir",
                        out.toString(),
                        "--name",
                        "{row.Id}.md",
                        "--continue-on-error");
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        String failed = Files.readString(out.resolve("failed.csv"), StandardCharsets.UTF_8);
        assertThat(failed)
                // Every column of the rows file, the blank Boom included.
                .startsWith(
                        "Id,Name,Phone,Note,Boom,advocate error\r\n2,'-Maria,'+44 20 7946 0000,")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");

        Path again = dir.resolve("again");
        Cli.Result second =
                Cli.exec(
                        "batch",
                        fixed.toString(),
                        "--rows",
                        out.resolve("failed.csv").toString(),
                        "--out-dir",
                        again.toString(),
                        "--name",
                        "{row.Id}.md");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Files.readString(again.resolve("2.md")))
                .contains("Dear \\-Maria: \\+44 20 7946 0000 \\=HYPERLINK(\"http")
                .doesNotContain("'");
    }
}
