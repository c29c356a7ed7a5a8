package org.advocate.template;

/**
 * Escapes text so that CommonMark shows it literally, wherever in a paragraph it lands, including
 * the start of a line. The letter's typographic pass ({@code typography.TypographicMarkdown}) then
 * sets its punctuation, so a value prints as its typographic form: as written, with the quotes,
 * apostrophes, dashes and spaces of the letter's language. It escapes only what Markdown would act
 * on, so ordinary names stay readable: {@code O'Brien & Partners} is unchanged.
 *
 * <p>The rules: inline syntax characters ({@code \ ` * [ ] < | ~}) always take a backslash; {@code
 * _} does where it could start or end emphasis; {@code &} does when an entity could follow; block
 * markers take one only as the first character ({@code # > - + = :} and the {@code .} or {@code )}
 * after leading digits); control characters, line breaks included, become numeric character
 * references so a value never spans lines. Whitespace at either end of the value (CommonMark's
 * Unicode whitespace: spaces of every width such as U+00A0 and U+3000, tabs, line breaks) becomes
 * references too: Markdown would strip leading and trailing spaces, and a template's {@code **} or
 * {@code *} next to whitespace could no longer open or close emphasis, so a name pasted from a
 * spreadsheet with a no-break space would print between literal asterisks. A reference starts with
 * {@code &} and ends with {@code ;}, punctuation, which CommonMark's flanking rules accept next to
 * a delimiter that has whitespace or punctuation on its other side, as a template's emphasis has.
 * Punctuation at the ends needs nothing for the same reason. U+0000 has no CommonMark
 * representation (parsers replace it with U+FFFD); data loaders refuse it.
 */
public final class MarkdownEscaper {
    private MarkdownEscaper() {}

    /** Returns the Markdown source that displays exactly {@code text}. */
    public static String escape(String text) {
        int length = text.length();
        int lead = 0;
        while (lead < length && isBlank(text.charAt(lead))) {
            lead++;
        }
        int trail = length;
        while (trail > lead && isBlank(text.charAt(trail - 1))) {
            trail--;
        }
        StringBuilder out = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (i < lead || i >= trail) {
                out.append("&#").append((int) c).append(';');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.append("&#").append((int) c).append(';');
            } else if (i == 0 && startsBlock(text)) {
                out.append('\\').append(c);
            } else if (i == 0 && Character.isDigit(c) && c < 0x80) {
                i = orderedListMarker(text, out) - 1;
            } else {
                switch (c) {
                    case '\\', '`', '*', '[', ']', '<', '|', '~' -> out.append('\\').append(c);
                    case '_' -> {
                        if (canDelimit(text, i)) {
                            out.append('\\');
                        }
                        out.append(c);
                    }
                    case '&' -> {
                        if (entityMayFollow(text, i)) {
                            out.append('\\');
                        }
                        out.append(c);
                    }
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** CommonMark's Unicode whitespace: the Zs category, tab, line feed, form feed, return. */
    private static boolean isBlank(char c) {
        return c == '\t'
                || c == '\n'
                || c == '\f'
                || c == '\r'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean startsBlock(String text) {
        return switch (text.charAt(0)) {
            case '#', '>', '-', '+', '=', ':' -> true;
            default -> false;
        };
    }

    /** Copies leading ASCII digits and escapes a following "." or ")"; returns the next index. */
    private static int orderedListMarker(String text, StringBuilder out) {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            out.append(text.charAt(i++));
        }
        if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            out.append('\\').append(text.charAt(i++));
        }
        return i;
    }

    /** An underscore between two letters or digits can neither open nor close emphasis. */
    private static boolean canDelimit(String text, int i) {
        return i == 0
                || i == text.length() - 1
                || !Character.isLetterOrDigit(text.charAt(i - 1))
                || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** True when "&" is followed by "#" or by letters and digits and ";". */
    private static boolean entityMayFollow(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '#') {
            return true;
        }
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < text.length() && text.charAt(j) == ';';
    }
}
