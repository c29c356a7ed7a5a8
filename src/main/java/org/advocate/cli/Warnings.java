package org.advocate.cli;

import java.util.function.Consumer;
import org.advocate.Problem;

/** How commands print what is odd but not wrong: on standard error, without changing the exit. */
final class Warnings {
    private Warnings() {}

    /** Returns a sink that prints each warning as one line. */
    static Consumer<Problem> printer(CliContext context) {
        return problem -> {
            synchronized (context.err()) {
                context.err().println("advocate: warning: " + problem);
            }
        };
    }
}
