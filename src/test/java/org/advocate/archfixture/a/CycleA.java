package org.advocate.archfixture.a;

import org.advocate.archfixture.b.CycleB;

/** Half of a deliberate package cycle, to show the architecture rules can fail. */
public final class CycleA {
    /** Points at the other package. */
    public CycleB other;
}
