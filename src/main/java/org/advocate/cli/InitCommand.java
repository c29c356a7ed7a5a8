package org.advocate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.advocate.ExitCode;
import org.advocate.OutputException;
import org.advocate.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code advocate init DIR}: writes a campaign folder that checks and composes as it is. The files
 * are resources under {@code org/advocate/init/}, listed in its {@code files.txt}.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Create a campaign folder: organization.yaml and letter.yaml (every field"
                    + " explained), a sample signatories.csv, a README and a GitHub Actions"
                    + " workflow that checks and renders the letters on every push.",
            ""
        })
final class InitCommand implements Callable<Integer> {
    private static final String ROOT = "org/advocate/init/";

    private final CliContext context;

    @Parameters(paramLabel = "DIR", description = "The folder to create (or an empty one).")
    Path dir;

    @Option(
            names = "--force",
            description =
                    "Write into a folder that is not empty, replacing files of the same name.")
    boolean force;

    @Spec CommandSpec spec;

    InitCommand(CliContext context) {
        this.context = context;
    }

    /** One file of the scaffold. */
    record Entry(String resource, String target) {}

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException(dir + ": exists and is not a folder");
        }
        if (!force && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new OutputException(
                            dir + ": folder is not empty; use --force to write into it anyway");
                }
            }
        }
        List<Entry> entries = entries();
        for (Entry entry : entries) {
            byte[] bytes = content(entry);
            AtomicFiles.publish(dir.resolve(entry.target()), force, out -> out.write(bytes));
        }
        if (!GlobalOptions.quiet(spec)) {
            var out = context.out();
            out.println("Created " + dir + ":");
            for (Entry entry : entries) {
                out.println("  " + entry.target());
            }
            out.println();
            out.println("Next: edit organization.yaml and letter.yaml, then run");
            out.println("  advocate check " + dir.resolve("letter.yaml"));
            out.println(
                    "  advocate compose "
                            + dir.resolve("letter.yaml")
                            + " -o "
                            + dir.resolve("letter.pdf"));
        }
        return ExitCode.OK.code();
    }

    /** The scaffold's files, from {@code files.txt}: "resource target" per line. */
    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        String list = new String(read(ROOT + "files.txt"), StandardCharsets.UTF_8);
        for (String line : list.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            entries.add(new Entry(parts[0], parts[1]));
        }
        return entries;
    }

    /** A file's bytes; the workflow installs the release of this advocate. */
    private static byte[] content(Entry entry) {
        byte[] bytes = read(ROOT + entry.resource());
        if (!entry.target().endsWith(".yml")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8)
                .replace("@ADVOCATE_VERSION@", org.advocate.Version.get())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }
}
