package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable archive that {@code mvn package} makes: unpacked into a temporary folder, its
 * launcher composes a letter from another folder, through a symbolic link on PATH, and from a
 * read-only install (its cache then goes to the user's cache folder); it ships the man pages as
 * troff and the completion script.
 */
class DistributionIT {
    private static final Path EXAMPLE =
            Path.of("examples/amnesty-support/letter.yaml").toAbsolutePath();

    @TempDir static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive =
                    files.filter(p -> p.getFileName().toString().matches("advocate-.+\\.tar\\.gz"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no target/advocate-*.tar.gz"));
        }
        Result tar =
                run(
                        Path.of("."),
                        Map.of(),
                        "tar",
                        "xzf",
                        archive.toAbsolutePath().toString(),
                        "-C",
                        unpacked.toString());
        assertThat(tar.code()).as(tar.err()).isZero();
        try (Stream<Path> dirs = Files.list(unpacked)) {
            home =
                    dirs.filter(p -> p.getFileName().toString().startsWith("advocate-"))
                            .findFirst()
                            .orElseThrow();
        }
    }

    record Result(int code, String out, String err) {}

    private static Result run(Path cwd, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("advocate-it", ".out");
        Path err = Files.createTempFile("advocate-it", ".err");
        builder.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        Result result =
                new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void shipsTheLauncherJarManPagesCompletionAndReadme() {
        assertThat(home.resolve("bin/advocate")).isExecutable();
        assertThat(home.resolve("lib/advocate.jar")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("completion/advocate.bash"))
                .content()
                .contains("complete")
                .contains("compose");
        for (String page :
                List.of(
                        "advocate.1",
                        "advocate-compose.1",
                        "advocate-batch.1",
                        "advocate-check.1")) {
            assertThat(home.resolve("man/man1/" + page))
                    .content()
                    .startsWith("'\\\" t")
                    .contains(".TH ");
        }
        assertThat(home.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void manReadsTheShippedPage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")));
        Result man =
                run(
                        unpacked,
                        Map.of("MANPAGER", "cat", "PAGER", "cat", "MANWIDTH", "80"),
                        "man",
                        "-l",
                        home.resolve("man/man1/advocate.1").toString());
        assertThat(man.code()).as(man.err()).isZero();
        assertThat(man.out()).contains("advocate").contains("compose");
    }

    @Test
    void composesFromAnotherFolderAndThroughASymbolicLinkOnPath(@TempDir Path work)
            throws Exception {
        Map<String, String> env = cacheEnv(work);
        Path out = work.resolve("direct.md");
        Result direct =
                run(
                        work,
                        env,
                        home.resolve("bin/advocate").toString(),
                        "compose",
                        EXAMPLE.toString(),
                        "-o",
                        out.toString());
        assertThat(direct.code()).as(direct.err()).isZero();
        assertThat(out).content().contains("Amnesty");

        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("advocate"), home.resolve("bin/advocate"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Result linked =
                run(
                        work,
                        env,
                        "bash",
                        "-c",
                        "advocate compose \"$0\" -o linked.md",
                        EXAMPLE.toString());
        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(work.resolve("linked.md")).hasSameTextualContentAs(out);
    }

    @Test
    void aReadOnlyInstallKeepsItsCacheInTheUsersCacheFolder(@TempDir Path work) throws Exception {
        // Root may write anywhere: the install is read-only only to another user, so as root the
        // launcher runs as "nobody" (setpriv), which owns only its home and cache folders.
        boolean root = "root".equals(System.getProperty("user.name"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                !root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs setpriv to run as another user than root");
        Path copy = work.resolve("install");
        assertThat(run(work, Map.of(), "cp", "-R", home.toString(), copy.toString()).code())
                .isZero();
        assertThat(run(work, Map.of(), "chmod", "-R", "a-w,a+rX", copy.toString()).code()).isZero();
        Map<String, String> env = cacheEnv(work);
        env.remove("ADVOCATE_AOT"); // the start-up cache is what must move
        List<String> command = new java.util.ArrayList<>();
        if (root) {
            for (Path p = work; p != null && !p.equals(p.getRoot()); p = p.getParent()) {
                if (p.startsWith(System.getProperty("java.io.tmpdir"))) {
                    run(work, Map.of(), "chmod", "a+rx", p.toString());
                }
            }
            run(
                    work,
                    Map.of(),
                    "chown",
                    "-R",
                    "65534",
                    work.resolve("home").toString(),
                    work.resolve("cache").toString());
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(
                List.of(copy.resolve("bin/advocate").toString(), "compose", EXAMPLE.toString()));
        try {
            Result result = run(work, env, command.toArray(String[]::new));
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).contains("Amnesty");
            assertThat(copy.resolve("lib/launcher")).doesNotExist();
            if (Runtime.version().feature() >= 25) {
                // The launcher found this JDK 25+, whose ahead-of-time cache it keeps.
                Path cache = work.resolve("cache/advocate");
                assertThat(cache.resolve("jar.sha256")).isRegularFile();
                awaitTraining(cache);
            }
        } finally {
            run(work, Map.of(), "chmod", "-R", "u+w", copy.toString());
        }
    }

    /** The cache is trained in the background: waits for it before the folder goes. */
    private static void awaitTraining(Path cache) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(cache)) {
                if (files.noneMatch(p -> p.toString().endsWith(".lock"))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    /** A private cache folder and HOME, so the test leaves nothing in the user's. */
    private static Map<String, String> cacheEnv(Path work) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", Files.createDirectories(work.resolve("home")).toString());
        env.put("XDG_CACHE_HOME", Files.createDirectories(work.resolve("cache")).toString());
        env.put("SOURCE_DATE_EPOCH", "1709251200");
        env.put("ADVOCATE_AOT", "0");
        return env;
    }
}
