package org.advocate.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advocate.OutputException;

/**
 * Checks planned outputs against the output folder: each stays inside it (no symbolic link on the
 * way, as a target or a parent), none differs only in case from an existing file, and none exists
 * unless {@code --force} replaces it or {@code --resume} finds it recorded with the same hash.
 */
final class OutputFolder {
    private final BatchOptions options;
    private final Map<Path, Listing> listings = new HashMap<>();

    /**
     * The names in one folder, read once: existence checks for thousands of planned outputs cost
     * one directory read instead of several failed lookups each.
     *
     * @param names every entry's name
     * @param byKey entry names by {@link SafeNames#collisionKey}
     */
    private record Listing(Set<String> names, Map<String, String> byKey) {}

    OutputFolder(BatchOptions options) {
        this.options = options;
    }

    Plan check(List<Plan.Entry> entries, int rowsRead) {
        Path dir = root();
        Map<String, String> recorded = options.resume() ? Manifest.readAll(dir) : Map.of();
        List<String> problems = new ArrayList<>();
        List<Plan.Entry> checked = new ArrayList<>(entries.size());
        for (Plan.Entry entry : entries) {
            String label = entry.label(options.rows()) + ": ";
            Path target = dir.resolve(entry.path()).normalize();
            String escape = escape(dir, target);
            if (escape != null) {
                problems.add(label + escape);
                continue;
            }
            String other = caseVariant(target);
            if (other != null) {
                problems.add(
                        label
                                + target
                                + " differs only in case from the existing "
                                + other
                                + "; on many systems they are the same file");
                continue;
            }
            Plan.Action action = Plan.Action.WRITE;
            String recordedHash = null;
            if (exists(target)) {
                if (Files.isDirectory(target)) {
                    problems.add(label + target + " is a folder");
                    continue;
                }
                if (options.resume()) {
                    recordedHash = recorded.get(entry.path());
                    if (recordedHash == null) {
                        action = Plan.Action.VERIFY;
                    } else {
                        action =
                                recordedHash.equals(sha256(target))
                                        ? Plan.Action.SKIP
                                        : Plan.Action.REPLACE;
                    }
                } else if (!options.force()) {
                    problems.add(
                            label
                                    + target
                                    + ": file exists; use --force to replace it, or --resume to"
                                    + " finish an interrupted run");
                    continue;
                }
            }
            checked.add(
                    new Plan.Entry(
                            entry.number(),
                            entry.path(),
                            action,
                            action == Plan.Action.SKIP ? recordedHash : null,
                            entry.label()));
        }
        if (!problems.isEmpty()) {
            throw new OutputException(problems);
        }
        return new Plan(dir, checked, rowsRead);
    }

    /** The output folder: its real path when it exists. */
    private Path root() {
        Path dir = options.outDir().toAbsolutePath().normalize();
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new OutputException(options.outDir() + ": is not a folder");
                }
                return dir.toRealPath();
            }
        } catch (IOException e) {
            throw new OutputException(options.outDir() + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** Returns why a target would leave the folder, or null when it stays inside. */
    private String escape(Path dir, Path target) {
        if (!target.startsWith(dir) || target.equals(dir)) {
            return target + " is outside the output folder " + dir;
        }
        Path at = dir;
        for (Path part : dir.relativize(target)) {
            Path parent = at;
            at = at.resolve(part);
            if (!listing(parent).names().contains(part.toString())) {
                break;
            }
            if (Files.isSymbolicLink(at)) {
                return at
                        + " is a symbolic link; outputs may not be written through links (they"
                        + " could lead out of the output folder)";
            }
        }
        return null;
    }

    /** Returns whether a file or folder exists, from its folder's listing. */
    private boolean exists(Path target) {
        return listing(target.getParent()).names().contains(target.getFileName().toString());
    }

    /** Returns an existing file whose name equals the target's but for case or normalization. */
    private String caseVariant(Path target) {
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        String existing = listing(folder).byKey().get(SafeNames.collisionKey(name));
        return existing != null && !existing.equals(name)
                ? folder.resolve(existing).toString()
                : null;
    }

    private Listing listing(Path folder) {
        return listings.computeIfAbsent(
                folder,
                f -> {
                    Set<String> names = new HashSet<>();
                    Map<String, String> byKey = new HashMap<>();
                    if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                        try (DirectoryStream<Path> list = Files.newDirectoryStream(f)) {
                            for (Path p : list) {
                                String name = p.getFileName().toString();
                                names.add(name);
                                byKey.put(SafeNames.collisionKey(name), name);
                            }
                        } catch (IOException e) {
                            throw new OutputException(f + ": " + e.getMessage(), e);
                        }
                    }
                    return new Listing(names, byKey);
                });
    }

    /** Returns a file's SHA-256 in hex. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new OutputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
