package org.advocate.input;

import java.util.Locale;

/**
 * Says in advocate's words what the YAML parser found wrong: its own wording ({@code expected
 * <block end>, but found '<block mapping start>'}) speaks of the parser's grammar, not of the file
 * a user wrote. What it cannot place gets a general sentence; the origin still names the line and
 * column.
 */
final class YamlMessages {
    private YamlMessages() {}

    /**
     * Returns the message for a problem the parser reported.
     *
     * @param problem the parser's description of the problem
     * @param context what it was reading, or null
     */
    static String describe(String problem, String context) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
        if (p.contains("tab") && (p.contains("indentation") || p.contains("cannot start"))) {
            return "a tab is used to indent; indent with spaces";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a ': ' here would start a mapping where a plain value is; put the value in"
                    + " quotes, or check the indentation";
        }
        if (p.contains("unexpected end of stream") || p.contains("stream end")) {
            if (c.contains("quoted")) {
                return "the file ends inside a quoted value; a closing quote is missing";
            }
            if (p.contains("']'") || c.contains("sequence")) {
                return "the file ends before a '[' list is closed with ']'";
            }
            if (p.contains("'}'") || c.contains("mapping")) {
                return "the file ends before a '{' mapping is closed with '}'";
            }
            return "the file ends too early: a quote or bracket is not closed";
        }
        if (p.contains("expected ',' or ']'")) {
            return "items of a [...] list need a ',' between them and a closing ']'";
        }
        if (p.contains("expected ',' or '}'")) {
            return "entries of a {...} mapping need a ',' between them and a closing '}'";
        }
        if (p.contains("block end") || p.contains("expected key") || p.contains("'-' indicator")) {
            return "the indentation does not match the lines above: a key or list item is"
                    + " indented too little or too much";
        }
        if (p.contains("could not find expected ':'")) {
            return "a key needs ':' after it (or this line is indented too far)";
        }
        if (p.contains("tag")) {
            return "YAML tags (!name) are not allowed";
        }
        if (p.contains("escape")) {
            return "unknown escape in a double-quoted value; write \\\\ for a backslash, or use"
                    + " single quotes";
        }
        if (p.contains("alphabetic or numeric")) {
            return "YAML anchors (&name) and aliases (*name) are not allowed";
        }
        if (p.contains("cannot start any token")) {
            return "a value cannot start with this character; put the value in quotes";
        }
        if (p.contains("special characters are not allowed")
                || p.contains("unacceptable code point")) {
            return "a character that is not allowed in a YAML file (a control character)";
        }
        if (p.contains("exceeds the limit")) {
            return "the file is too large";
        }
        return "this is not valid YAML; check the indentation, quotes and brackets here";
    }
}
