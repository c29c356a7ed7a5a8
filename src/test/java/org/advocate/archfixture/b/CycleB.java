package org.advocate.archfixture.b;

import org.advocate.archfixture.a.CycleA;

/** Half of a deliberate package cycle, to show the architecture rules can fail. */
public final class CycleB {
    /** Points back. */
    public CycleA other;
}
