package org.advocate.check;

import java.util.Locale;

/** How serious a finding is. Errors fail {@code check}; warnings fail it only with --strict. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case name used in every output format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
