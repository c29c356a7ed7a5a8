package org.advocate.compose;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.library.Library;
import org.advocate.output.Writers;
import org.advocate.template.RenderLimits;

/** Builds a {@link Composer}. */
public final class ComposerBuilder {
    final Library library;
    RenderLimits limits = RenderLimits.DEFAULT;
    Writers writers = Writers.standard();
    Consumer<Problem> warnings = w -> {};
    LocalDate defaultDate = LocalDate.now();
    boolean proof;

    ComposerBuilder(Library library) {
        this.library = Objects.requireNonNull(library);
    }

    /** Bounds on each render; {@link RenderLimits#DEFAULT} unless set. */
    public ComposerBuilder limits(RenderLimits limits) {
        this.limits = Objects.requireNonNull(limits);
        return this;
    }

    /** The output formats; {@link Writers#standard()} unless set. */
    public ComposerBuilder writers(Writers writers) {
        this.writers = Objects.requireNonNull(writers);
        return this;
    }

    /** Receives what is odd but not wrong (such as a duplicate signatory); dropped unless set. */
    public ComposerBuilder warnings(Consumer<Problem> warnings) {
        this.warnings = Objects.requireNonNull(warnings);
        return this;
    }

    /** The date of letters that name none; today unless set. */
    public ComposerBuilder defaultDate(LocalDate date) {
        this.defaultDate = Objects.requireNonNull(date);
        return this;
    }

    /**
     * Whether letters are rendered as proofs for review: every value merged from the user's data
     * marked where it is printed, and every page saying it is a draft. False unless set.
     */
    public ComposerBuilder proof(boolean isProof) {
        this.proof = isProof;
        return this;
    }

    /** The composer. */
    public Composer build() {
        return new Composer(this);
    }
}
