package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a batch running in a child JVM (as {@code kill -9} would) while it makes its letters, then
 * checks that nothing was published, and that {@code --resume} removes what the run left and
 * finishes the batch.
 */
class BatchCrashIT {
    @TempDir Path dir;

    @Test
    void aKilledRunPublishesNothingAndResumeFinishesIt() throws Exception {
        Path rows = dir.resolve("rows.csv");
        StringBuilder csv = new StringBuilder("Name,Honorific,District\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("Person ").append(i).append(",Ms.,").append(i).append('\n');
        }
        Files.writeString(rows, csv.toString());
        String[] args = {
            "batch",
            "examples/legislators/letter.yaml",
            "--rows",
            rows.toString(),
            "--name",
            "{recipient.name}.md",
            "--jobs",
            "2",
            "--out-dir"
        };

        // The reference: the same batch, uninterrupted.
        Path reference = dir.resolve("reference");
        assertThat(Cli.exec(concat(args, reference.toString())).code()).isZero();
        Map<String, byte[]> expected = letters(reference);
        assertThat(expected).hasSize(3000);

        Path out = dir.resolve("out");
        Process child = childJvm(concat(args, out.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (staged(out) < 200 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the child was still making letters when killed").isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // Letters get their names only once every row has passed: killed while they were being
        // made, the run published none of them, and left only its work folder.
        assertThat(letters(out)).isEmpty();
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .singleElement()
                    .asString()
                    .startsWith(".advocate-work-all-")
                    .endsWith(".tmp");
        }

        Cli.Result resumed = Cli.exec(concat(args, out.toString(), "--resume"));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        Map<String, byte[]> after = letters(out);
        assertThat(after.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected.get(e.getKey()));
        }
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .as("stale temporary files are removed")
                    .isEmpty();
        }
    }

    private static Process childJvm(String[] args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The letters made so far in the run's work folder. */
    private static long staged(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(out, 2)) {
            return walk.filter(p -> p.toString().endsWith(".part")).count();
        }
    }

    /** The published letters: every file but advocate's own hidden ones. */
    private static Map<String, byte[]> letters(Path out) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".")) {
                    all.put(name, Files.readAllBytes(p));
                }
            }
        }
        return all;
    }
}
