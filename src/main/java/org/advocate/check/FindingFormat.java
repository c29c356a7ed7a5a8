package org.advocate.check;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** A way to print findings: one class per format, all listed in {@link #ALL}. */
public interface FindingFormat {
    /** Every format {@code check --format} knows. */
    List<FindingFormat> ALL = List.of(new TextFormat(), new JsonFormat(), new GithubFormat());

    /** The name {@code --format} takes. */
    String name();

    /**
     * Prints the findings.
     *
     * @param colour whether ANSI colour may be used
     */
    void write(List<Finding> findings, PrintWriter out, boolean colour);

    /** Returns the format with this name. */
    static Optional<FindingFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
