package org.advocate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads advocate's version from the properties file the build writes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** Returns the version, e.g. "0.1.0". */
    public static String version() {
        try (InputStream in =
                VersionProvider.class.getResourceAsStream("/org/advocate/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "advocate " + version(),
            "Java "
                    + System.getProperty("java.version")
                    + " ("
                    + System.getProperty("java.vendor")
                    + ")"
        };
    }
}
