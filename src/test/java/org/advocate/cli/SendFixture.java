package org.advocate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A campaign folder for send tests: the legislators letter with rows of one's own. */
final class SendFixture {
    private SendFixture() {}

    /** The names of the rows {@link #campaign} writes, in order. */
    static final List<String> NAMES = List.of("Maria Alvarez", "James Whitaker", "Aisha Bello");

    /**
     * Copies the legislators letter to a folder, adds {@code extra} to the letter file, and writes
     * rows.csv with one row per address.
     */
    static Path campaign(Path dir, String extra, String... addresses) throws IOException {
        Files.createDirectories(dir);
        Path examples = Path.of("examples/legislators");
        Files.copy(examples.resolve("organization.yaml"), dir.resolve("organization.yaml"));
        Files.writeString(
                dir.resolve("letter.yaml"),
                Files.readString(examples.resolve("letter.yaml")) + extra,
                StandardCharsets.UTF_8);
        StringBuilder csv =
                new StringBuilder("Honorific,Name,Title,District,Address line 1,recipient.email\n");
        for (int i = 0; i < addresses.length; i++) {
            String name = i < NAMES.size() ? NAMES.get(i) : "Person " + i;
            csv.append("Sen.,")
                    .append(name)
                    .append(",State Senator,0")
                    .append(i + 1)
                    .append(",State Capitol,")
                    .append(quote(addresses[i]))
                    .append('\n');
        }
        Files.writeString(dir.resolve("rows.csv"), csv, StandardCharsets.UTF_8);
        return dir;
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
