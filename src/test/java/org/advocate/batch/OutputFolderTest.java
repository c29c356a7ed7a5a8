package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.advocate.OutputException;
import org.advocate.output.OutputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private OutputFolder folder(boolean force, boolean resume) {
        return new OutputFolder(
                new BatchOptions(
                        Path.of("rows.csv"),
                        null,
                        out(),
                        "{row.Id}.md",
                        null,
                        1,
                        force,
                        resume,
                        false,
                        Shard.ALL,
                        null,
                        0,
                        false,
                        true,
                        OutputOptions.DEFAULT,
                        false));
    }

    private static List<String> entries(String... paths) {
        return List.of(paths);
    }

    /** Checks rows 1, 2, ... with these outputs; throws every problem as one exception. */
    private static List<Plan.Entry> check(OutputFolder folder, List<String> paths) {
        List<Plan.Entry> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            try {
                checked.add(folder.check(i + 1, "rows.csv:row " + (i + 1), paths.get(i)));
            } catch (OutputException e) {
                problems.addAll(e.lines());
            }
        }
        if (!problems.isEmpty()) {
            throw new OutputException(problems);
        }
        return checked;
    }

    private Path existing(String path, String content) throws IOException {
        Path file = out().resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> problems(Supplier<OutputFolder> folder, List<String> entries) {
        return catchThrowableOfType(OutputException.class, () -> check(folder.get(), entries))
                .lines();
    }

    @Test
    void newOutputsInAFolderNotYetMadeAreWritten() {
        OutputFolder folder = folder(false, false);
        assertThat(folder.dir()).isEqualTo(out().toAbsolutePath().normalize());
        assertThat(check(folder, entries("a.md", "sub/b.md")))
                .extracting(Plan.Entry::number, Plan.Entry::path, Plan.Entry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "a.md", Plan.Action.WRITE),
                        org.assertj.core.groups.Tuple.tuple(2, "sub/b.md", Plan.Action.WRITE));
    }

    @Test
    void everyExistingFileIsAProblemWithoutForceOrResume() throws IOException {
        existing("a.md", "old");
        existing("sub/c.md", "old");
        assertThat(problems(() -> folder(false, false), entries("a.md", "b.md", "sub/c.md")))
                .containsExactly(
                        "rows.csv:row 1: "
                                + out().toRealPath().resolve("a.md")
                                + ": file exists; use --force to replace it, or --resume to finish"
                                + " an interrupted run",
                        "rows.csv:row 3: "
                                + out().toRealPath().resolve("sub/c.md")
                                + ": file exists; use --force to replace it, or --resume to finish"
                                + " an interrupted run");
    }

    @Test
    void forceWritesOverExistingFiles() throws IOException {
        existing("a.md", "old");
        assertThat(check(folder(true, false), entries("a.md")))
                .extracting(Plan.Entry::action)
                .containsExactly(Plan.Action.WRITE);
    }

    @Test
    void resumeSkipsRecordedFilesAndRedoesTheRest() throws Exception {
        existing("same.md", "recorded");
        existing("damaged.md", "torn");
        existing("unrecorded.md", "whatever");
        try (Manifest m = Manifest.open(out(), Shard.ALL)) {
            m.record("same.md", HexFormat.of().parseHex(sha256("recorded")));
            m.record("damaged.md", HexFormat.of().parseHex(sha256("whole")));
            m.record("gone.md", HexFormat.of().parseHex(sha256("gone")));
        }
        List<Plan.Entry> plan =
                check(
                        folder(false, true),
                        entries("same.md", "damaged.md", "unrecorded.md", "gone.md", "new.md"));
        assertThat(plan)
                .extracting(Plan.Entry::action)
                .containsExactly(
                        Plan.Action.SKIP,
                        Plan.Action.REPLACE,
                        Plan.Action.VERIFY,
                        Plan.Action.WRITE,
                        Plan.Action.WRITE);
        assertThat(plan.get(0).sha256()).isEqualTo(sha256("recorded"));
        assertThat(plan.subList(1, 5)).extracting(Plan.Entry::sha256).containsOnlyNulls();
    }

    @Test
    void aNameDifferingOnlyInCaseFromAnExistingFileIsAProblemEvenWithForce() throws IOException {
        existing("Smith.md", "old");
        assertThat(problems(() -> folder(true, false), entries("smith.md")))
                .singleElement()
                .asString()
                .startsWith("rows.csv:row 1: ")
                .endsWith(
                        "smith.md differs only in case from the existing "
                                + out().toRealPath().resolve("Smith.md")
                                + "; on many systems they are the same file");
    }

    @Test
    void aFolderWhereAFileShouldGoIsAProblem() throws IOException {
        Files.createDirectories(out().resolve("a.md"));
        assertThat(problems(() -> folder(true, false), entries("a.md")))
                .containsExactly(
                        "rows.csv:row 1: " + out().toRealPath().resolve("a.md") + " is a folder");
    }

    @Test
    void outputsMayNotLeaveTheFolder() throws IOException {
        Files.createDirectories(out());
        assertThat(problems(() -> folder(false, false), entries("../escape.md", "ok/../../x.md")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(" is outside the output folder "));
    }

    @Test
    void outputsMayNotGoThroughASymbolicLink() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("link"), elsewhere);
        Files.createSymbolicLink(out().resolve("file.md"), elsewhere.resolve("target.md"));
        List<String> problems =
                problems(() -> folder(true, false), entries("link/a.md", "file.md", "fine.md"));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0))
                .isEqualTo(
                        "rows.csv:row 1: "
                                + out().toRealPath().resolve("link")
                                + " is a symbolic link; outputs may not be written through links"
                                + " (they could lead out of the output folder)");
        assertThat(problems.get(1)).startsWith("rows.csv:row 2: ").contains("is a symbolic link");
    }

    @Test
    void anOutputFolderThatIsAFileIsAProblem() throws IOException {
        Files.writeString(out(), "not a folder");
        assertThat(problems(() -> folder(false, false), entries("a.md")))
                .containsExactly(out() + ": is not a folder");
    }

    @Test
    void theSha256OfAFileIsItsContentsDigest() throws Exception {
        Path file = existing("a.md", "hello");
        assertThat(OutputFolder.sha256(file)).isEqualTo(sha256("hello"));
    }
}
