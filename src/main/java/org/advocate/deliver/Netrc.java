package org.advocate.deliver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code ~/.netrc} the way curl and ftp do: {@code machine HOST login USER password SECRET}
 * entries, separated by white space; {@code default} entries and {@code macdef} blocks are skipped
 * (a default would hand the password to any server).
 */
final class Netrc {
    /**
     * One machine's entry.
     *
     * @param login the login, or null
     * @param password the password, or null
     */
    record Login(String login, String password) {}

    private Netrc() {}

    /** The entry for a host, when the file has one. */
    static Optional<Login> find(Path file, String host) {
        if (file == null || host == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        return find(text, host);
    }

    /** The entry for a host in a file's text. */
    static Optional<Login> find(String text, String host) {
        String[] lines = text.split("\\R", -1);
        StringBuilder tokens = new StringBuilder();
        boolean macro = false;
        for (String line : lines) {
            if (macro) {
                macro = !line.isBlank();
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("macdef")) {
                macro = true;
                continue;
            }
            tokens.append(line).append('\n');
        }
        String[] t = tokens.toString().strip().split("\\s+");
        String want = host.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length; i++) {
            if (!t[i].equals("machine") || i + 1 >= t.length) {
                continue;
            }
            boolean match = t[i + 1].toLowerCase(Locale.ROOT).equals(want);
            String login = null;
            String password = null;
            int j = i + 2;
            for (; j + 1 < t.length; j += 2) {
                if (t[j].equals("machine") || t[j].equals("default")) {
                    break;
                }
                if (t[j].equals("login")) {
                    login = t[j + 1];
                } else if (t[j].equals("password")) {
                    password = t[j + 1];
                }
            }
            if (match) {
                return Optional.of(new Login(login, password));
            }
            i = j - 1;
        }
        return Optional.empty();
    }
}
