package org.advocate.cli;

import java.util.List;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.model.Signatory;

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

    /** Returns "signed by 43 organizations from 12 countries". */
    static String signedBy(List<Signatory> signatories) {
        long countries =
                signatories.stream()
                        .map(Signatory::country)
                        .filter(c -> c != null && !Signatory.matchKey(c).isEmpty())
                        .map(Signatory::matchKey)
                        .distinct()
                        .count();
        int count = signatories.size();
        return "signed by "
                + count
                + (count == 1 ? " organization" : " organizations")
                + (countries == 0
                        ? ""
                        : " from " + countries + (countries == 1 ? " country" : " countries"));
    }
}
