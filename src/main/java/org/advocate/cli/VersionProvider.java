package org.advocate.cli;

import picocli.CommandLine;

/** Reads advocate's version from the properties file the build writes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** Returns the version, e.g. "0.1.0". */
    public static String version() {
        return org.advocate.Version.get();
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
