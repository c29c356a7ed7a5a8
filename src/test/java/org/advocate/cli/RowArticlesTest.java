package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rows file can give each letter the article its organization's name takes in running text, for
 * the sender ({@code organization.article}, or {@code org.article}) and for the recipient's
 * organization ({@code recipient.organizationArticle}), by header or through {@code columns:}.
 */
class RowArticlesTest {
    @TempDir Path dir;

    private Path campaign(String columns) throws IOException {
        Files.writeString(
                dir.resolve("organization.yaml"),
                "name: Coalition for Safety\nshortName: CFS\nservices: running outreach\n"
                        + "founded: 2010\nclosing: Sincerely\n"
                        + "signatory:\n  name: Ana Ruiz\n  title: Director\n");
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                "template: oppose\norganization: organization.yaml\ndate: 2014-07-02\n"
                        + "locale: en-CA\nrecipient:\n  salutation: \"Dear Members,\"\n"
                        + "subject: Please vote against Bill C-36\noccasion: Bill C-36\n"
                        + "arguments: [third-parties]\n"
                        + columns);
        return letter;
    }

    private String compose(Path letter, String rows) throws IOException {
        Path rowsFile = dir.resolve("rows.csv");
        Files.writeString(rowsFile, rows);
        Path out = dir.resolve("out");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        letter.toString(),
                        "--rows",
                        rowsFile.toString(),
                        "--out-dir",
                        out.toString(),
                        "--name",
                        "{row.Key}.md",
                        "--force");
        assertThat(result.code()).as(result.err()).isZero();
        return Files.readString(out.resolve("a.md"));
    }

    @Test
    void dottedHeadersSetBothArticles() throws IOException {
        String md =
                compose(
                        campaign(""),
                        "Key,organization.article,recipient.organization,"
                                + "recipient.organizationArticle\n"
                                + "a,the,House of Commons,the\n");
        assertThat(md)
                .contains("The Coalition for Safety (CFS) urges you")
                .contains("give evidence to the House of Commons");
    }

    @Test
    void theShortFormAndAMappedColumnDoToo() throws IOException {
        String md =
                compose(
                        campaign(
                                "columns:\n  Chamber: recipient.organization\n"
                                        + "  \"Chamber article\": recipient.organizationArticle\n"),
                        "Key,org.article,Chamber,Chamber article\na,the,Senate,the\n");
        assertThat(md)
                .contains("The Coalition for Safety (CFS) urges you")
                .contains("give evidence to the Senate");
    }

    @Test
    void withoutTheColumnsTheNamesTakeNoArticle() throws IOException {
        String md = compose(campaign(""), "Key,recipient.organization\na,Parliament\n");
        assertThat(md)
                .contains("Coalition for Safety (CFS) urges you")
                .doesNotContain("The Coalition")
                .contains("give evidence to Parliament");
    }

    @Test
    void aProofMarksTheArticleWithTheName() throws IOException {
        Path letter = campaign("");
        Path rowsFile = dir.resolve("rows.csv");
        Files.writeString(
                rowsFile,
                "Key,recipient.organization,recipient.organizationArticle\n"
                        + "a,House of Commons,the\n");
        Path out = dir.resolve("proof");
        Cli.Result result =
                Cli.exec(
                        "batch",
                        letter.toString(),
                        "--rows",
                        rowsFile.toString(),
                        "--out-dir",
                        out.toString(),
                        "--name",
                        "{row.Key}.md",
                        "--proof");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("a.md")))
                .contains("give evidence to <mark>the House of Commons</mark>")
                // The sender's name starting a sentence (?cap_first) stays marked.
                .contains("<mark>Coalition for Safety</mark> (<mark>CFS</mark>) urges you");
    }
}
