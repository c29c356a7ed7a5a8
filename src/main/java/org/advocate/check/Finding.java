package org.advocate.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing {@code check} found.
 *
 * @param file the file it is in (a path, a library resource name, or a label such as {@code --set
 *     x})
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param severity error or warning
 * @param rule a short identifier of the rule, e.g. {@code input}, {@code template}, {@code
 *     prostitute}
 * @param message what is wrong and, where possible, what to write instead
 */
public record Finding(
        String file, int line, int column, Severity severity, String rule, String message) {
    private static final Pattern POSITION = Pattern.compile("^(.+?):(\\d+)(?::(\\d+))?$");
    private static final Pattern ROW = Pattern.compile("^(.+?):row (\\d+)$");
    private static final Pattern LINE_ROW =
            Pattern.compile("^(.+?):(\\d+) \\((row \\d+)\\)(.*)$", Pattern.DOTALL);
    private static final Pattern LEADING_POSITION =
            Pattern.compile("^([^\\n]+?):(\\d+)(?::(\\d+))?: (.*)$", Pattern.DOTALL);

    /** A finding at an origin written as {@code file:line:column}, {@code file:line} or a label. */
    public static Finding at(String origin, Severity severity, String rule, String message) {
        Matcher m = POSITION.matcher(origin);
        if (m.matches()) {
            return located(m, severity, rule, message);
        }
        Matcher lineRow = LINE_ROW.matcher(origin);
        if (lineRow.matches()) {
            // A row of a rows file at its first line, named as a spreadsheet numbers it.
            return new Finding(
                    lineRow.group(1),
                    Integer.parseInt(lineRow.group(2)),
                    0,
                    severity,
                    rule,
                    lineRow.group(3) + lineRow.group(4) + ": " + message);
        }
        Matcher row = ROW.matcher(origin);
        if (row.matches()) {
            // A row of a rows file: its number, not a line (a CSV cell may span lines).
            return new Finding(
                    row.group(1), 0, 0, severity, rule, "row " + row.group(2) + ": " + message);
        }
        return new Finding(origin, 0, 0, severity, rule, message);
    }

    private static Finding located(Matcher m, Severity severity, String rule, String message) {
        return new Finding(
                m.group(1),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                severity,
                rule,
                message);
    }

    /** An input problem as an error finding. */
    public static Finding of(org.advocate.Problem p) {
        return of(p, Severity.ERROR);
    }

    /** An input problem, or a warning about the input, as a finding of a severity. */
    public static Finding of(org.advocate.Problem p, Severity severity) {
        return at(
                p.origin(),
                severity,
                "input",
                p.field().isEmpty() ? p.message() : p.field() + ": " + p.message());
    }

    /**
     * A finding from a message that starts with its position, {@code file:line:col: text}. The
     * position must be on the message's first line; the text may go on over several.
     */
    public static Finding fromMessage(
            String message, String fallbackFile, Severity severity, String rule) {
        Matcher m = LEADING_POSITION.matcher(message);
        return m.matches()
                ? located(m, severity, rule, m.group(4))
                : new Finding(fallbackFile, 0, 0, severity, rule, message);
    }

    /** {@code file:line:column}, shortened when line or column is unknown. */
    public String position() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
