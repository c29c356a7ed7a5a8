package org.advocate.deliver;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.model.Delivery;

/**
 * Where and how to send: the SMTP server, its port, the login, the password and the security, with
 * the rules that keep the user's password theirs.
 *
 * <ul>
 *   <li>The server, port, user and security come from the user's own settings (the environment's
 *       {@code ADVOCATE_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _SECURITY}, over {@code
 *       ~/.config/advocate/smtp.properties}) or, when those name no server, from the letter's
 *       {@code delivery:}.
 *   <li>The password comes only from {@code ADVOCATE_SMTP_PASSWORD} or {@code ~/.netrc}, never from
 *       a file in the campaign folder or the command line. {@code ADVOCATE_SMTP_PASSWORD} is given
 *       only to a server the user's own settings name; a {@code .netrc} password only to the
 *       machine its entry names. A letter file naming its own server gets no password from either.
 *   <li>The connection is encrypted: STARTTLS is required ({@code mail.smtp.starttls.required}), or
 *       SMTPS is used, and the server's certificate must name the host; only a loopback server
 *       named as such ({@code localhost}, {@code 127.0.0.1}, {@code ::1}) may be reached in plain
 *       text.
 * </ul>
 *
 * @param host the server
 * @param port its port
 * @param user the login, or null
 * @param password the password, or null
 * @param smtps whether the connection is TLS from the start (else STARTTLS)
 * @param hostFrom where the server was named, for messages
 */
record SmtpSettings(
        String host, int port, String user, String password, boolean smtps, String hostFrom) {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    /** The environment variables and the file that make the user's own settings. */
    static final String PREFIX = "ADVOCATE_SMTP_";

    @Override
    public String toString() {
        // Never print the password.
        return "SmtpSettings[" + host + ":" + port + ", user=" + user + "]";
    }

    /** Whether the server is this machine, by its name alone (no name lookup is trusted). */
    boolean loopback() {
        return loopback(host);
    }

    /** Whether a host name is a loopback name or address as written. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost")
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || LOOPBACK_V4.matcher(h).matches();
    }

    /**
     * Resolves the settings.
     *
     * @param env the environment
     * @param home the user's home folder
     * @param delivery the letter's delivery settings
     * @param letterFile the letter file, for messages
     * @param warnings receives why a password was not used
     */
    static SmtpSettings resolve(
            Map<String, String> env,
            Path home,
            Delivery delivery,
            String letterFile,
            Consumer<String> warnings) {
        Path configFile = home.resolve(".config/advocate/smtp.properties");
        Properties own = ownSettings(env, configFile);
        String host = own.getProperty("host");
        String port;
        String user;
        String security;
        String from;
        boolean ownHost = host != null;
        if (ownHost) {
            port = own.getProperty("port");
            user = own.getProperty("user");
            security = own.getProperty("security");
            from = env.containsKey(PREFIX + "HOST") ? PREFIX + "HOST" : configFile.toString();
        } else if (delivery.host() != null) {
            host = delivery.host();
            port = delivery.port() == null ? null : delivery.port().toString();
            user = delivery.user();
            security = delivery.security();
            from = letterFile + " (delivery.host)";
        } else {
            throw invalid(
                    new Problem(
                            letterFile,
                            "delivery.host",
                            "no SMTP server: set ADVOCATE_SMTP_HOST (or host= in "
                                    + configFile
                                    + ") or the letter's delivery.host"));
        }
        boolean smtps = security != null ? security.equalsIgnoreCase("smtps") : "465".equals(port);
        int number = port(port, smtps, from);
        String password = null;
        Optional<Netrc.Login> netrc = Netrc.find(home.resolve(".netrc"), host);
        if (netrc.isPresent() && netrc.get().password() != null) {
            if (user == null) {
                user = netrc.get().login();
            }
            if (netrc.get().login() == null || netrc.get().login().equals(user)) {
                password = netrc.get().password();
            }
        }
        String envPassword = env.get(PREFIX + "PASSWORD");
        if (password == null && envPassword != null) {
            if (ownHost) {
                password = envPassword;
            } else {
                warnings.accept(
                        PREFIX
                                + "PASSWORD is not sent to "
                                + host
                                + ": that server is named by "
                                + from
                                + ", not by your own settings; name it in "
                                + PREFIX
                                + "HOST or give it a ~/.netrc entry");
            }
        }
        return new SmtpSettings(host, number, user, password, smtps, from);
    }

    private static int port(String text, boolean smtps, String from) {
        if (text == null || text.isBlank()) {
            return smtps ? 465 : 587;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(
                new Problem(from, "port", "expected a port from 1 to 65535, found '" + text + "'"));
    }

    /** The user's settings: the file, then the environment over it. */
    private static Properties ownSettings(Map<String, String> env, Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw invalid(new Problem(file.toString(), "", "cannot read: " + e));
            }
            if (p.containsKey("password")) {
                throw invalid(
                        new Problem(
                                file.toString(),
                                "password",
                                "is never read from a file; set "
                                        + PREFIX
                                        + "PASSWORD or use ~/.netrc"));
            }
        }
        for (String key : new String[] {"host", "port", "user", "security"}) {
            String value = env.get(PREFIX + key.toUpperCase(Locale.ROOT));
            if (value != null && !value.isBlank()) {
                p.setProperty(key, value.strip());
            }
        }
        String security = p.getProperty("security");
        if (security != null
                && !security.equalsIgnoreCase("starttls")
                && !security.equalsIgnoreCase("smtps")) {
            throw invalid(
                    new Problem(
                            PREFIX + "SECURITY",
                            "",
                            "expected starttls or smtps, found '" + security + "'"));
        }
        return p;
    }

    private static InputException invalid(Problem problem) {
        return new InputException(java.util.List.of(problem));
    }
}
