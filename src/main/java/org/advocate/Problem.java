package org.advocate;

/**
 * One problem found in the user's input, reported as one line: {@code origin: field: message}.
 * Whatever the input quoted in it holds, a problem stays one line: line breaks and other control
 * characters in any of its parts are shown as escapes ({@code \n}, {@code \r}, {@code \t}, {@code
 * \u2028} and the like).
 *
 * @param origin where the problem is, usually {@code file:line:column}
 * @param field the dotted field path, or empty when the problem is not about one field
 * @param message what is wrong, and where possible how to fix it
 */
public record Problem(String origin, String field, String message) {

    public Problem {
        origin = oneLine(origin);
        field = oneLine(field);
        message = oneLine(message);
    }

    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(origin);
        if (!field.isEmpty()) {
            line.append(": ").append(field);
        }
        return line.append(": ").append(message).toString();
    }

    /** Returns the text with every line break and control character written as an escape. */
    private static String oneLine(String text) {
        if (text == null || text.chars().noneMatch(Problem::breaksTheLine)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!breaksTheLine(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean breaksTheLine(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
    }
}
