package freemarker.core;

/**
 * A bound on template source that must hold before FreeMarker parses it. FreeMarker's parser looks
 * ahead without limit to tell, for example, whether {@code 1..} has an end; with ranges and calls
 * nested in brackets that look-ahead takes time exponential in the nesting depth (14 levels of
 * {@code (1..2?x(} take half a minute), and parsing can be neither interrupted nor timed. So
 * brackets inside an expression ({@code ${...}}, a directive's parameters, or a string given to
 * {@code ?eval}) may nest at most {@link #MAX_NESTING} deep: far beyond any real template.
 */
public final class ParseBounds {
    /** The deepest brackets ({@code (}, {@code [}, <code>{</code>) may nest in one expression. */
    public static final int MAX_NESTING = 8;

    private ParseBounds() {}

    /** Where brackets nest too deep. */
    public record Position(int line, int column) {}

    /** The message for a template whose brackets nest too deep. */
    public static String message() {
        return "brackets nest more than "
                + MAX_NESTING
                + " deep in one expression, which FreeMarker parses too slowly; split it up";
    }

    /**
     * The first place in a template's source where brackets inside an expression nest deeper than
     * {@link #MAX_NESTING}, or {@code null} if there is none. Plain text may hold any brackets.
     */
    public static Position tooDeep(String source) {
        return new Scanner(source).text();
    }

    /** The same for an expression alone, as {@code ?eval} parses it. */
    static Position tooDeepInExpression(String expression) {
        Scanner scanner = new Scanner(expression);
        return scanner.expression('\0');
    }

    private static final class Scanner {
        private final String s;
        private int i;
        private int line = 1;
        private int column = 1;

        Scanner(String s) {
            this.s = s;
        }

        private char next() {
            char c = s.charAt(i++);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            return c;
        }

        private boolean at(String token) {
            return s.startsWith(token, i);
        }

        private void skip(int n) {
            for (int k = 0; k < n && i < s.length(); k++) {
                next();
            }
        }

        /** Plain text, with interpolations and tags in it. */
        Position text() {
            while (i < s.length()) {
                Position deep = null;
                if (at("<#--") || at("[#--")) {
                    skip(4);
                    while (i < s.length() && !at("-->") && !at("--]")) {
                        next();
                    }
                    skip(3);
                } else if (at("${") || at("#{")) {
                    skip(2);
                    deep = expression('}');
                } else if (at("</#") || at("</@")) {
                    skip(3);
                    deep = expression('>');
                } else if (at("<#") || at("<@")) {
                    skip(2);
                    deep = expression('>');
                } else {
                    next();
                }
                if (deep != null) {
                    return deep;
                }
            }
            return null;
        }

        /** An expression, up to {@code end} outside brackets (or the end of the text). */
        Position expression(char end) {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (depth == 0 && c == end) {
                    next();
                    return null;
                }
                if (c == '"' || c == '\'') {
                    boolean raw = i > 0 && s.charAt(i - 1) == 'r';
                    next();
                    Position deep = string(c, raw);
                    if (deep != null) {
                        return deep;
                    }
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    if (++depth > MAX_NESTING) {
                        return new Position(line, column);
                    }
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                next();
            }
            return null;
        }

        /** A string literal, whose interpolations FreeMarker parses as expressions of their own. */
        private Position string(char quote, boolean raw) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == quote) {
                    next();
                    return null;
                }
                if (!raw && c == '\\') {
                    skip(2);
                } else if (!raw && (at("${") || at("#{"))) {
                    skip(2);
                    Position deep = expression('}');
                    if (deep != null) {
                        return deep;
                    }
                } else {
                    next();
                }
            }
            return null;
        }
    }
}
