package org.advocate.cli;

/**
 * Which standard streams are interactive terminals. Colour is used only when standard output is
 * one; progress bars are drawn only when standard error is one.
 *
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal
 */
public record Terminals(boolean stdout, boolean stderr) {
    /** Neither stream is a terminal: output for files, pipes and tests. */
    public static final Terminals NONE = new Terminals(false, false);
}
