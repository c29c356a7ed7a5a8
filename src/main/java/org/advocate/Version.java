package org.advocate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * advocate's version, read once from the properties file the build writes. Lives at the root so
 * that the command line and the writers (which stamp it into PDF metadata) share one source.
 */
public final class Version {
    private Version() {}

    /** Returns the version, e.g. "0.1.0", or "unknown" when the build wrote none. */
    public static String get() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = read();

        private static String read() {
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
