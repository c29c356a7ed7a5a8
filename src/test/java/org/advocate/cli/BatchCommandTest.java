package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    static final String LEGISLATORS = "examples/legislators/letter.yaml";
    static final String RECIPIENTS = "examples/legislators/recipients.csv";
    static final String NAME = "{recipient.lastName}-{recipient.district}.md";

    @TempDir Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private Path csv(String name, String text) throws IOException {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Cli.Result batch(Path rows, String... more) {
        if (!List.of(more).contains("--name")) {
            List<String> named = new ArrayList<>(List.of(more));
            named.addAll(List.of("--name", "{recipient.name}.md"));
            more = named.toArray(String[]::new);
        }
        return batchOf(LEGISLATORS, rows.toString(), more);
    }

    /** Runs a batch of a letter and rows into {@link #out()}. */
    private Cli.Result batchOf(String letter, String rows, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of("batch", letter, "--rows", rows, "--out-dir", out().toString()));
        args.addAll(List.of(more));
        return Cli.exec(args.toArray(String[]::new));
    }

    /** Every file under the output folder (advocate's own hidden files too), by relative path. */
    private Map<String, String> files() throws IOException {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(out())) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(out())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(
                        out().relativize(p).toString(),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private List<String> letters() throws IOException {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(out())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> out().relativize(p).toString())
                    .filter(f -> !f.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void writesOneLetterPerRecipientOfTheExample() throws IOException {
        Cli.Result result = batchOf(LEGISLATORS, RECIPIENTS, "--name", NAME, "--jobs", "2");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err())
                .startsWith("advocate: 50 rows: 50 written, 0 skipped, 0 failed in ")
                .contains("letters/s");
        assertThat(letters()).hasSize(50).contains("Alvarez-01.md");
        assertThat(files().get("Alvarez-01.md"))
                .contains(
                        "Dear Senator Alvarez,",
                        "The Honorable Maria Alvarez",
                        "Room 100, State Capitol");
        assertThat(files()).containsKey(".advocate-manifest.sha256");
    }

    @Test
    void readsCsvYamlAndJsonRowsAlikeAndKeepsLeadingZeros() throws IOException {
        Path csv = csv("r.csv", "Name,Honorific,District\nAna Lima,Ms.,007\n");
        Path yaml = csv("r.yaml", "- {Name: Ana Lima, Honorific: Ms., District: 007}\n");
        Path json =
                csv(
                        "r.json",
                        "[{\"Name\":\"Ana Lima\",\"Honorific\":\"Ms.\",\"District\":\"007\"}]");
        Path txt =
                csv(
                        "r.txt",
                        "[{\"Name\":\"Ana Lima\",\"Honorific\":\"Ms.\",\"District\":\"007\"}]");
        for (Path rows : List.of(csv, yaml, json)) {
            Cli.Result r = batch(rows, "--name", "{recipient.district}.md", "--dry-run");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).containsPattern(":[12] \\(row [12]\\) -> ").contains("007.md");
        }
        assertThat(batch(txt, "--dry-run").code()).isNotZero();
        Cli.Result forced = batch(txt, "--rows-format", "json", "--dry-run");
        assertThat(forced.code()).as(forced.err()).isZero();
    }

    @Test
    void csvEncodingProblemsNameTheLine() throws IOException {
        byte[] bom = "\uFEFFName,Honorific\nAna Lima,Ms.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(batch(bytes("bom.csv", bom), "--dry-run").out()).contains("Ana Lima.md");

        byte[] invalid =
                "Name,Honorific\nAna Lima,Ms.\nBo X,Mr.\n".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 6] = (byte) 0xFF;
        Cli.Result bad = batch(bytes("bad.csv", invalid), "--dry-run");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("bad.csv:3: invalid UTF-8 byte 0xFF");

        byte[] utf16 = "Name,Honorific\nAna,Ms.\n".getBytes(StandardCharsets.UTF_16);
        Cli.Result wide = batch(bytes("wide.csv", utf16), "--dry-run");
        assertThat(wide.code()).isEqualTo(3);
        assertThat(wide.err()).contains("wide.csv:1: file is UTF-16");
        assertThat(out()).doesNotExist();
    }

    @Test
    void headerAndShapeProblemsNameTheRow() throws IOException {
        Cli.Result dup = batch(csv("dup.csv", "Name,Name\nAna,Ms.\n"), "--dry-run");
        assertThat(dup.code()).isEqualTo(3);
        assertThat(dup.err()).contains("dup.csv:1, column 2: duplicate header \"Name\"");

        Cli.Result blank = batch(csv("blank.csv", "Name,,District\nAna,Ms.,1\n"), "--dry-run");
        assertThat(blank.err()).contains("blank.csv:1, column 2: header is blank");

        Cli.Result ragged =
                batch(csv("ragged.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen\n"), "--dry-run");
        assertThat(ragged.code()).isEqualTo(3);
        assertThat(ragged.err()).contains("ragged.csv:3 (row 3): has 1 cells but the header has 2");
    }

    @Test
    void unmappedColumnsAreRowValuesForNames() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific,Ward Code\nAna Lima,Ms.,W-01\n");
        Cli.Result r = batch(rows, "--name", "{row[\"Ward Code\"]}/{recipient.lastName}.md");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(letters()).containsExactly("W-01/Lima.md");

        Cli.Result unknown = batch(rows, "--name", "{row.Ward}.md", "--dry-run");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no column 'Ward'");
    }

    @Test
    void namesAreSanitized() throws IOException {
        Path rows =
                csv(
                        "r.csv",
                        "Name,Honorific\n"
                                + "\"A<b>:c\"\"d|e?f*g\",Ms.\n"
                                + "CON,Mr.\n"
                                + "Trailing dots. . .,Mr.\n"
                                + "Cafe\u0301,Ms.\n"
                                + "slash/inside\\name,Ms.\n"
                                + "x".repeat(400)
                                + ",Ms.\n");
        Cli.Result r = batch(rows, "--name", "{recipient.name}.md");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(letters())
                .contains(
                        "A_b__c_d_e_f_g.md",
                        "_CON.md",
                        "Trailing dots. . ..md",
                        "Caf\u00e9.md",
                        "slash_inside_name.md");
        String longest = letters().stream().filter(n -> n.startsWith("xxx")).findFirst().get();
        assertThat(longest).endsWith(".md");
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }

    @Test
    void traversalFailsBeforeAnyWrite() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\n../../etc/x,Mr.\n");
        Cli.Result r = batch(rows);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("r.csv:3 (row 3): --name: {recipient.name} is '../../etc/x'")
                .contains("out of the output folder");
        assertThat(out()).doesNotExist();

        Cli.Result pattern =
                batch(csv("ok.csv", "Name\nAna\n"), "--name", "../{recipient.name}.md");
        assertThat(pattern.code()).isEqualTo(3);
        Cli.Result absolute =
                batch(csv("ok2.csv", "Name\nAna\n"), "--name", "/tmp/{recipient.name}.md");
        assertThat(absolute.code()).isEqualTo(3);
        assertThat(absolute.err()).contains("relative to --out-dir");
    }

    @Test
    void symbolicLinksOutOfTheFolderAreRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("W1"), outside);
        Files.createSymbolicLink(out().resolve("Lima.md"), outside.resolve("target.md"));
        Path rows = csv("r.csv", "Name,Honorific,Ward\nAna Lima,Ms.,W1\n");

        Cli.Result viaFolder = batch(rows, "--name", "{row.Ward}/{recipient.lastName}.md");
        assertThat(viaFolder.code()).isEqualTo(5);
        assertThat(viaFolder.err()).contains("is a symbolic link");

        Cli.Result viaFile = batch(rows, "--name", "{recipient.lastName}.md", "--force");
        assertThat(viaFile.code()).isEqualTo(5);
        assertThat(viaFile.err()).contains("is a symbolic link");
        try (Stream<Path> list = Files.list(outside)) {
            assertThat(list).isEmpty();
        }
    }

    @Test
    void collisionsBetweenRowsAndWithExistingFilesNameBothSides() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\nANA LIMA,Ms.\n");
        Cli.Result r = batch(rows);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains("r.csv:4 (row 4): --name: output name 'ANA LIMA.md' collides with row 2");
        assertThat(out()).doesNotExist();

        Files.createDirectories(out());
        Files.writeString(out().resolve("bo chen.md"), "mine");
        Cli.Result existing = batch(csv("r2.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\n"));
        assertThat(existing.code()).isEqualTo(5);
        assertThat(existing.err()).contains("r2.csv:3 (row 3):").contains("differs only in case");
        assertThat(letters()).containsExactly("bo chen.md");
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\n");
        Cli.Result r = batch(rows, "--dry-run", "--report", dir.resolve("rep.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("r.csv:2 (row 2) -> " + out().resolve("Ana Lima.md"))
                .contains("r.csv:3 (row 3) -> " + out().resolve("Bo Chen.md"));
        assertThat(out()).doesNotExist();
        assertThat(dir.resolve("rep.json")).doesNotExist();
    }

    @Test
    void refusesToOverwriteThenForceReplacesAndResumeSkips() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\n");
        assertThat(batch(rows).code()).isZero();
        Map<String, String> first = files();

        Files.writeString(out().resolve("Bo Chen.md"), "my edits");
        Cli.Result again = batch(rows);
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains("Ana Lima.md: file exists; use --force");
        assertThat(files().get("Bo Chen.md")).isEqualTo("my edits");

        // Resume keeps recorded files; a changed one is damaged and is written again.
        Cli.Result resumed = batch(rows, "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("2 rows: 1 written, 1 skipped");
        assertThat(files().get("Bo Chen.md")).isEqualTo(first.get("Bo Chen.md"));

        Files.writeString(out().resolve("Ana Lima.md"), "old");
        assertThat(batch(rows, "--force").code()).isZero();
        assertThat(files().get("Ana Lima.md")).isEqualTo(first.get("Ana Lima.md"));
    }

    @Test
    void resumeComparesUnrecordedFilesAndRemovesStaleTemporaryFiles() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\n");
        assertThat(batch(rows).code()).isZero();
        Map<String, String> first = files();
        // As if killed after publishing Bo Chen.md but before recording it, with a temp file left.
        Files.delete(out().resolve(".advocate-manifest.sha256"));
        Files.delete(out().resolve("Ana Lima.md"));
        Files.writeString(out().resolve(".advocate-123.tmp"), "half a let");

        Cli.Result resumed = batch(rows, "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("1 written, 1 skipped");
        assertThat(files()).isEqualTo(first);

        // An unrecorded file that differs is someone else's: not replaced.
        Files.delete(out().resolve(".advocate-manifest.sha256"));
        Files.writeString(out().resolve("Bo Chen.md"), "someone else's");
        Cli.Result clash = batch(rows, "--resume");
        assertThat(clash.code()).isEqualTo(5);
        assertThat(clash.err()).contains("differs from the letter this run makes");
        assertThat(files().get("Bo Chen.md")).isEqualTo("someone else's");
    }

    @Test
    void resumeFindsSomeoneElsesFileBeforeWritingAnything() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\nCy Park,Mx.\n");
        assertThat(batch(rows).code()).isZero();
        Files.delete(out().resolve(".advocate-manifest.sha256"));
        Files.delete(out().resolve("Ana Lima.md"));
        Files.writeString(out().resolve("Cy Park.md"), "someone else's");

        Cli.Result r = batch(rows, "--resume", "--jobs", "1");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err())
                .contains("r.csv:4 (row 4): ")
                .contains("Cy Park.md: file exists and differs from the letter this run makes");
        // Row 1 comes first, yet nothing was written before the check failed.
        assertThat(out().resolve("Ana Lima.md")).doesNotExist();
        assertThat(files().get("Cy Park.md")).isEqualTo("someone else's");
    }

    @Test
    void aReportPathThatIsAFolderFailsBeforeAnyWrite() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\n");
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Cli.Result r = batch(rows, "--report", folder.toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains(folder + ": is a folder");
        assertThat(out()).doesNotExist();
    }

    @Test
    void resumeRefusesToFinishARunWhoseInputsChanged() throws IOException {
        Files.copy(Path.of("examples/legislators/organization.yaml"), dir.resolve("org.yaml"));
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(
                letter,
                "template: support\norganization: org.yaml\ndate: 2024-01-02\n"
                        + "columns: { Name: recipient.name }\n");
        Path rows = csv("r.csv", "Name\nAna Lima\nBo Chen\nCy Park\n");
        assertThat(
                        batchOf(letter.toString(), rows.toString(), "--name", "{recipient.name}.md")
                                .code())
                .isZero();
        // As if killed after two files: the third and its manifest line are not there.
        Files.delete(out().resolve("Cy Park.md"));
        Path manifest = out().resolve(".advocate-manifest.sha256");
        Files.write(
                manifest,
                Files.readAllLines(manifest).stream().filter(l -> !l.contains("Cy Park")).toList());
        Map<String, String> before = files();

        // The letter changes before the resume: finishing would mix two versions of it.
        Files.writeString(letter, Files.readString(letter).replace("2024-01-02", "2024-01-03"));
        for (List<String> options : List.of(List.of("--dry-run"), List.<String>of())) {
            List<String> args = new ArrayList<>(List.of("--name", "{recipient.name}.md"));
            args.add("--resume");
            args.addAll(options);
            Cli.Result r = batchOf(letter.toString(), rows.toString(), args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isEqualTo(5);
            assertThat(r.err())
                    .contains("r.csv:2 (row 2): ")
                    .contains("Ana Lima.md: written by an earlier run from other inputs")
                    .contains("use --force");
            assertThat(files()).isEqualTo(before);
        }

        // With the letter as it was, the same resume finishes the run.
        Files.writeString(letter, Files.readString(letter).replace("2024-01-03", "2024-01-02"));
        Cli.Result resumed =
                batchOf(
                        letter.toString(),
                        rows.toString(),
                        "--name",
                        "{recipient.name}.md",
                        "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("3 rows: 1 written, 2 skipped");
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfJobs() throws IOException {
        Map<String, String> one = null;
        for (String jobs : List.of("1", "2", "7")) {
            Path folder = dir.resolve("jobs" + jobs);
            Cli.Result r =
                    Cli.exec(
                            "batch",
                            LEGISLATORS,
                            "--rows",
                            RECIPIENTS,
                            "--out-dir",
                            folder.toString(),
                            "--name",
                            NAME,
                            "--jobs",
                            jobs,
                            "--quiet");
            assertThat(r.code()).isZero();
            assertThat(r.err()).startsWith("advocate: 50 rows: 50 written").doesNotContain("\r");
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.toList()) {
                    files.put(p.getFileName().toString(), Files.readString(p));
                }
            }
            if (one == null) {
                one = files;
            } else {
                assertThat(files).isEqualTo(one);
            }
        }
    }

    @Test
    void shardsCoverEveryRowExactlyOnceAndReportsNameTheShard() throws IOException {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= 3; k++) {
            Path report = dir.resolve("report-" + k + ".json");
            Cli.Result r =
                    batchOf(
                            LEGISLATORS,
                            RECIPIENTS,
                            "--name",
                            NAME,
                            "--shard",
                            k + "/3",
                            "--report",
                            report.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).startsWith("advocate: shard " + k + "/3: ");
            ReportJson tree = ReportJson.read(report);
            assertThat(tree.shard()).isEqualTo(k + "/3");
            for (Map<String, String> row : tree.rows()) {
                assertThat(Integer.parseInt(row.get("index")) % 3).isEqualTo(k - 1);
                assertThat(row.get("status")).isEqualTo("written");
                assertThat(row.get("sha256")).hasSize(64);
                assertThat(seen.add(row.get("path"))).isTrue();
                total++;
            }
        }
        assertThat(total).isEqualTo(50);
        assertThat(letters()).hasSize(50);
        assertThat(
                        Cli.exec(
                                        "batch",
                                        LEGISLATORS,
                                        "--rows",
                                        RECIPIENTS,
                                        "--out-dir",
                                        "x",
                                        "--name",
                                        NAME,
                                        "--shard",
                                        "4/3")
                                .code())
                .isEqualTo(2);
    }

    @Test
    void limitReadsOnlyTheFirstRows() throws IOException {
        Cli.Result r = batchOf(LEGISLATORS, RECIPIENTS, "--name", NAME, "--limit", "5");
        assertThat(r.code()).isZero();
        assertThat(letters()).hasSize(5);
    }

    @Test
    void limitBelowOneIsAUsageErrorNotAllRows() throws IOException {
        for (String limit : List.of("0", "-1")) {
            Cli.Result r = batchOf(LEGISLATORS, RECIPIENTS, "--name", NAME, "--limit", limit);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--limit: expected 1 or more rows, found " + limit);
        }
        assertThat(out()).doesNotExist();
    }

    /** Runs a batch of {@link #failingLetter()}, one file per person. */
    private Cli.Result failingBatch(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--name", "{recipient.name}.md"));
        args.addAll(List.of(more));
        return batchOf(
                failingLetter().toString(),
                dir.resolve("rows.yaml").toString(),
                args.toArray(String[]::new));
    }

    /** A letter whose template reads row.Boom, which a YAML row may lack: a render error. */
    private Path failingLetter() throws IOException {
        Files.copy(Path.of("examples/legislators/organization.yaml"), dir.resolve("org.yaml"));
        Files.writeString(dir.resolve("boom.md.ftl"), "Dear ${recipient.name}, ${row.Boom}\n");
        Files.writeString(
                dir.resolve("letter.yaml"),
                "template: boom.md.ftl\norganization: org.yaml\ndate: 2024-01-02\n"
                        + "columns: { Name: recipient.name }\n");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            rows.append("- { Name: Person ").append(i).append(i == 5 ? " }\n" : ", Boom: ok }\n");
        }
        csv("rows.yaml", rows.toString());
        return dir.resolve("letter.yaml");
    }

    @Test
    void aRenderErrorStopsTheRunWithExit4() throws IOException {
        Cli.Result r = failingBatch("--jobs", "1", "--report", dir.resolve("rep.json").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("Boom");
        // Nothing gets its name unless every row passed: not even the rows before the failure.
        assertThat(out()).doesNotExist();
        List<Map<String, String>> rep = ReportJson.read(dir.resolve("rep.json")).rows();
        assertThat(rep).hasSize(40);
        assertThat(rep.get(3).get("status")).isEqualTo("pending");
        assertThat(rep.get(4).get("status")).isEqualTo("failed");
        assertThat(rep.get(4).get("error")).contains("Boom");
        assertThat(rep.get(5).get("status")).isEqualTo("pending");
    }

    @Test
    void continueOnErrorWritesFailedCsvAndExits1() throws IOException {
        Cli.Result r = failingBatch("--continue-on-error");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("40 rows: 39 written, 0 skipped, 1 failed");
        assertThat(letters()).hasSize(40).contains("failed.csv");
        String failed = files().get("failed.csv");
        // Every column of the rows, so a fixed row can go back in as it is.
        assertThat(failed)
                .startsWith("Name,Boom,advocate error\r\n")
                .contains("Person 5,,")
                .contains("Boom");
    }

    @Test
    void writesPdfThroughTheWritersRegistry() throws IOException {
        Path rows = csv("r.csv", "Name,Honorific\nAna Lima,Ms.\nBo Chen,Mr.\n");
        Cli.Result byExtension = batch(rows, "--name", "{recipient.lastName}.pdf");
        assertThat(byExtension.code()).as(byExtension.err()).isZero();
        assertThat(letters()).containsExactly("Chen.pdf", "Lima.pdf");
        byte[] pdf = Files.readAllBytes(out().resolve("Lima.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Cli.Result byFlag =
                Cli.exec(
                        "batch",
                        LEGISLATORS,
                        "--rows",
                        rows.toString(),
                        "--out-dir",
                        dir.resolve("flag").toString(),
                        "--name",
                        "{recipient.lastName}",
                        "-f",
                        "pdf");
        assertThat(byFlag.code()).as(byFlag.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("flag/Lima.pdf"))).isEqualTo(pdf);

        Cli.Result mismatch = batch(rows, "--name", "{recipient.lastName}.md", "-f", "pdf");
        assertThat(mismatch.code()).isEqualTo(5);
        assertThat(mismatch.err()).contains("ends in .md but the format is pdf");
    }

    @Test
    void aCharacterNoPdfFontHasStopsTheBatchBeforeAnyWrite() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(RECIPIENTS)).subList(0, 6);
        List<String> rows = new ArrayList<>(lines);
        rows.add("Rep.,Bad \u5C71\u7530,State Rep,99,House,X,a,b,c,bad@example.org");
        rows.add("Rep.,Also \u5C71\u7530,State Rep,98,House,X,a,b,c,also@example.org");
        Path file = Files.write(dir.resolve("r.csv"), rows);
        String pdfName = "{recipient.lastName}-{recipient.district}.pdf";

        Cli.Result r = batch(file, "--name", pdfName, "--jobs", "1");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .contains(
                        file
                                + ":7 (row 7): recipient.name: contains U+5C71 (CJK UNIFIED"
                                + " IDEOGRAPHS 5C71) and U+7530")
                .contains("remove or replace them (also in row 8)");
        assertThat(out()).doesNotExist();

        // check --rows finds it too, and Markdown has no such limit.
        Cli.Result check =
                Cli.exec("check", LEGISLATORS, "--rows", file.toString(), "--name", pdfName);
        assertThat(check.code()).isEqualTo(6);
        assertThat(check.out()).contains("row 7: recipient.name: contains U+5C71");
        assertThat(batch(file, "--name", NAME).code()).isZero();
    }

    @Test
    void drawsAProgressBarOnlyOnATerminal() {
        String[] args = {
            "batch",
            LEGISLATORS,
            "--rows",
            RECIPIENTS,
            "--out-dir",
            out().toString(),
            "--name",
            NAME
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code =
                new Main(
                                java.io.OutputStream.nullOutputStream(),
                                err,
                                java.io.InputStream.nullInputStream(),
                                Map.of("NO_COLOR", ""),
                                Cli.CLOCK,
                                new Terminals(false, true))
                        .run(args);
        assertThat(code).isZero();
        String drawn = err.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("\rletters").contains("50/50").contains("50 rows: 50 written");

        Cli.Result plain =
                Cli.exec(
                        "batch",
                        LEGISLATORS,
                        "--rows",
                        RECIPIENTS,
                        "--out-dir",
                        dir.resolve("plain").toString(),
                        "--name",
                        NAME);
        assertThat(plain.err().lines()).hasSize(1);
        assertThat(plain.err()).doesNotContain("\r");

        Cli.Result quiet =
                Cli.exec(
                        "batch",
                        LEGISLATORS,
                        "--rows",
                        RECIPIENTS,
                        "--out-dir",
                        dir.resolve("quiet").toString(),
                        "--name",
                        NAME,
                        "--quiet");
        assertThat(quiet.err().lines().toList())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("advocate: 50 rows: 50 written");
    }
}
