package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter's PDF depends only on its own row: the fonts shared between letters never carry anything
 * of the other rows of a batch, their order or the number of threads.
 */
class PdfBatchBytesTest {
    private static final String HEADER =
            "Honorific,Name,Title,District,Chamber,Committee,Address line 1,Address line 2,"
                    + "Address line 3\n";
    private static final String ANA =
            "Sen.,Ana Lima,State Senator,01,Senate,Judiciary,Room 1,1 Way,\"Capital City, EX\"\n";

    /** Greek and Cyrillic: outside the shared font programs, so these letters subset their own. */
    private static final String GREEK =
            "Rep.,Ωμέγα Λάμδα,State Rep,02,House,Health,Room 2,2 Way,\"Capital City, EX\"\n";

    private static final String CYRILLIC =
            "Rep.,Жанна Яковлева,State Rep,03,House,Health,Room 3,3 Way,\"Capital City, EX\"\n";

    @TempDir Path dir;

    private byte[] anaIn(String name, String jobs, String... rows) throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve(name + ".csv"),
                        HEADER + String.join("", rows),
                        StandardCharsets.UTF_8);
        Path out = dir.resolve(name);
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "batch",
                                BatchCommandTest.LEGISLATORS,
                                "--rows",
                                file.toString(),
                                "--out-dir",
                                out.toString(),
                                "--name",
                                "{recipient.district}.pdf",
                                "--jobs",
                                jobs));
        Cli.Result r = Cli.exec(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(out.resolve("01.pdf"));
    }

    @Test
    void aLettersBytesAreTheSameAloneOrAmongOtherRowsInAnyOrderAndJobs() throws IOException {
        byte[] alone = anaIn("alone", "1", ANA);
        assertThat(anaIn("first", "2", ANA, GREEK, CYRILLIC)).isEqualTo(alone);
        assertThat(anaIn("middle", "1", GREEK, ANA, CYRILLIC)).isEqualTo(alone);
        assertThat(anaIn("last", "2", CYRILLIC, GREEK, ANA)).isEqualTo(alone);
        // The Greek letter really took the other path: its own serif subset, not Ana's.
        byte[] greek = Files.readAllBytes(dir.resolve("first").resolve("02.pdf"));
        assertThat(greek).isNotEqualTo(alone);
        assertThat(fontNames(greek)).isNotEqualTo(fontNames(alone));
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        try (var doc = org.advocate.output.Pdfs.load(pdf)) {
            return org.advocate.output.Pdfs.fonts(doc).stream()
                    .map(f -> f.getName())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
