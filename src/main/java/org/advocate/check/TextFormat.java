package org.advocate.check;

import java.io.PrintWriter;
import java.util.List;

/** {@code file:line:column: severity: message [rule]}, the shape compilers and editors read. */
final class TextFormat implements FindingFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(List<Finding> findings, PrintWriter out, boolean colour) {
        for (Finding f : findings) {
            String severity = f.severity().label();
            if (colour) {
                severity =
                        (f.severity() == Severity.ERROR ? "\u001b[1;31m" : "\u001b[1;33m")
                                + severity
                                + "\u001b[0m";
            }
            out.println(
                    f.position() + ": " + severity + ": " + f.message() + " [" + f.rule() + "]");
        }
    }
}
