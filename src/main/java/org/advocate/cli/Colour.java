package org.advocate.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Whether output may be coloured: only when standard output is a terminal, and never when {@code
 * NO_COLOR} is set (to anything, even empty; see no-color.org).
 */
final class Colour {
    private Colour() {}

    /** Decides colour from the environment and whether standard output is a terminal. */
    static Ansi decide(Map<String, String> env, boolean terminal) {
        return terminal && !env.containsKey("NO_COLOR") ? Ansi.ON : Ansi.OFF;
    }

    /**
     * Whether this process's standard output is an interactive terminal. From JDK 22 {@code
     * System.console()} also exists when output is redirected, and {@code Console.isTerminal()}
     * tells the two apart; it is called reflectively because the code targets Java 21.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }
}
