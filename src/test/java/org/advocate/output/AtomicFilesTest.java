package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.advocate.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .count();
        }
    }

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/letter.md");
        AtomicFiles.publish(target, false, text("hello"));
        assertThat(target).hasContent("hello");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void neverReplacesAnExistingFileUnlessAsked() throws IOException {
        Path target = Files.writeString(dir.resolve("letter.md"), "mine");
        assertThatThrownBy(() -> AtomicFiles.publish(target, false, text("new")))
                .isInstanceOf(OutputException.class)
                .hasMessage(target + ": file exists; use --force to replace it");
        assertThat(target).hasContent("mine");
        AtomicFiles.publish(target, true, text("new"));
        assertThat(target).hasContent("new");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aFileThatAppearsWhileWritingIsNotReplaced() throws IOException {
        Path target = dir.resolve("letter.md");
        assertThatThrownBy(
                        () ->
                                AtomicFiles.publish(
                                        target,
                                        false,
                                        out -> {
                                            Files.writeString(target, "theirs");
                                            out.write("ours".getBytes());
                                        }))
                .isInstanceOf(OutputException.class)
                .hasMessage(target + ": file exists; use --force to replace it");
        assertThat(target).hasContent("theirs");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("letter.md");
        assertThatThrownBy(
                        () ->
                                AtomicFiles.publish(
                                        target,
                                        false,
                                        out -> {
                                            out.write("half a let".getBytes());
                                            throw new IOException("disk full");
                                        }))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("disk full");
        assertThat(target).doesNotExist();
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aFailureWhileReplacingKeepsTheOldFile() throws IOException {
        Path target = Files.writeString(dir.resolve("letter.md"), "mine");
        assertThatThrownBy(
                        () ->
                                AtomicFiles.publish(
                                        target,
                                        true,
                                        out -> {
                                            throw new IllegalStateException("render failed");
                                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("mine");
        assertThat(tempFiles()).isZero();
    }

    @Test
    void refusesAFolderAsTarget() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("letter.md"));
        assertThatThrownBy(() -> AtomicFiles.publish(folder, true, text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessageEndingWith("is a folder");
    }

    @Test
    void doesNotFollowADanglingSymlinkWithoutForce() throws IOException {
        Path target = dir.resolve("letter.md");
        Files.createSymbolicLink(target, dir.resolve("elsewhere.md"));
        assertThatThrownBy(() -> AtomicFiles.publish(target, false, text("x")))
                .isInstanceOf(OutputException.class);
        assertThat(dir.resolve("elsewhere.md")).doesNotExist();
    }

    @Test
    void newFilesAreReadableByOthersAsTheUmaskAllowsAndReplacedFilesKeepTheirMode()
            throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path reference = Files.createFile(dir.resolve("reference"));
        Path target = dir.resolve("letter.md");
        AtomicFiles.publish(target, false, text("x"));
        assertThat(Files.getPosixFilePermissions(target))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(target, ownerOnly);
        AtomicFiles.publish(target, true, text("y"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(ownerOnly);
    }

    @Test
    void aStagedFileIsMovedIntoPlaceAndNeverOverAnExistingOneUnlessAsked() throws IOException {
        Path work = Files.createDirectories(dir.resolve(".work"));
        Path staged = Files.writeString(work.resolve("1.part"), "letter");
        Path target = dir.resolve("sub/letter.md");
        AtomicFiles.publishStaged(staged, target, false);
        assertThat(target).hasContent("letter");
        assertThat(staged).doesNotExist();

        Path again = Files.writeString(work.resolve("2.part"), "other");
        assertThatThrownBy(() -> AtomicFiles.publishStaged(again, target, false))
                .isInstanceOf(OutputException.class)
                .hasMessage(target + ": file exists; use --force to replace it");
        assertThat(target).hasContent("letter");
        assertThat(again).exists();

        AtomicFiles.publishStaged(again, target, true);
        assertThat(target).hasContent("other");
        assertThat(again).doesNotExist();
    }
}
