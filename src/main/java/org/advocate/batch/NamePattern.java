package org.advocate.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.input.Suggestions;

/**
 * An output file name pattern such as {@code {recipient.lastName}-{recipient.district}.pdf} or
 * {@code {row.District}/{row["Last name"]}.md}: literal text and {@code {dotted.path}} placeholders
 * filled from the same variables templates see, plus {@code {#}}, the row's number zero-padded to
 * the number of rows ({@code letter-{#}.pdf} makes {@code letter-007.pdf} in a batch of 120), and
 * {@code {date}}, the letter's date as {@code 2024-04-02}. Literal slashes make folders; a slash in
 * a value does not. Not FreeMarker: nothing is evaluated.
 */
final class NamePattern {
    /** The variables a placeholder can name, besides {@code row.<column>}. */
    static final Set<String> FIELDS =
            Set.of(
                    "org.name",
                    "org.shortName",
                    "org.founded",
                    "org.experienceYears",
                    "org.services",
                    "org.email",
                    "org.phone",
                    "org.website",
                    "org.closing",
                    "org.signatory.name",
                    "org.signatory.title",
                    "recipient.name",
                    "recipient.honorific",
                    "recipient.title",
                    "recipient.organization",
                    "recipient.salutation",
                    "recipient.firstName",
                    "recipient.lastName",
                    "recipient.district",
                    "recipient.email",
                    "letter.date",
                    "letter.isoDate",
                    "letter.year",
                    "letter.subject",
                    "letter.occasion",
                    "letter.locale",
                    "letter.language");

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** A value that names a parent folder: ".." as a whole path segment. */
    private static final Pattern TRAVERSAL = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    private static final String WHERE = "--name";

    /** The placeholder of the row's number. */
    static final String NUMBER = "#";

    /** A short name for the letter's date, in ISO form. */
    private static final String DATE = "date";

    /** A part: literal text, or a placeholder's path (a row placeholder as "row." + header). */
    record Part(String text, boolean placeholder) {}

    private final String source;
    private final List<Part> parts;

    private NamePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** Parses and checks a pattern. */
    static NamePattern parse(String pattern) {
        if (pattern.isBlank()) {
            throw InputException.of(WHERE, "", "the name pattern is empty");
        }
        if (pattern.startsWith("/")
                || pattern.startsWith("\\")
                || DRIVE.matcher(pattern).matches()) {
            throw InputException.of(
                    WHERE + " " + pattern, "", "names must be relative to --out-dir, not absolute");
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '}') {
                throw InputException.of(
                        WHERE + " " + pattern, "", "'}' without '{' at character " + (i + 1));
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int end = pattern.indexOf('}', i);
            if (end < 0) {
                throw InputException.of(
                        WHERE + " " + pattern, "", "'{' without '}' at character " + (i + 1));
            }
            if (!literal.isEmpty()) {
                parts.add(new Part(literal.toString(), false));
                literal.setLength(0);
            }
            parts.add(new Part(placeholder(pattern, pattern.substring(i + 1, end).strip()), true));
            i = end;
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), false));
        }
        for (String segment : pattern.split("[/\\\\]", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                throw InputException.of(
                        WHERE + " " + pattern,
                        "",
                        "'"
                                + segment
                                + "' is not allowed as a folder in names; names stay inside"
                                + " --out-dir");
            }
        }
        return new NamePattern(pattern, parts);
    }

    private static String placeholder(String pattern, String inner) {
        if (inner.startsWith("row[") && inner.endsWith("]")) {
            String quoted = inner.substring(4, inner.length() - 1).strip();
            if (quoted.length() >= 2
                    && (quoted.startsWith("\"") && quoted.endsWith("\"")
                            || quoted.startsWith("'") && quoted.endsWith("'"))) {
                return "row." + quoted.substring(1, quoted.length() - 1);
            }
        }
        if (inner.startsWith("row.") && inner.length() > 4) {
            return inner;
        }
        if (inner.equals(NUMBER)) {
            return NUMBER;
        }
        if (inner.equals(DATE)) {
            return "letter.isoDate";
        }
        if (!FIELDS.contains(inner)) {
            throw InputException.of(
                    WHERE + " " + pattern,
                    "{" + inner + "}",
                    "unknown placeholder"
                            + Suggestions.didYouMean(inner, FIELDS)
                            + "; use a letter field such as {recipient.lastName}, a column as"
                            + " {row.Header}, {#} for the row's number or {date}");
        }
        return inner;
    }

    /** Returns the column headers that {@code row.} placeholders name. */
    List<String> rowColumns() {
        return parts.stream()
                .filter(p -> p.placeholder() && p.text().startsWith("row."))
                .map(p -> p.text().substring(4))
                .toList();
    }

    /** Checks that every {@code row.} placeholder names one of the file's columns. */
    void checkColumns(Collection<String> headers, String file) {
        List<org.advocate.Problem> problems = new ArrayList<>();
        for (String column : rowColumns()) {
            if (!headers.contains(column)) {
                problems.add(
                        new org.advocate.Problem(
                                WHERE + " " + source,
                                "{row." + column + "}",
                                "no column '"
                                        + column
                                        + "' in "
                                        + file
                                        + Suggestions.didYouMean(column, headers)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Whether the pattern holds {@code {#}}, so that the rows must be counted first. */
    boolean numbered() {
        return parts.stream().anyMatch(p -> p.placeholder() && p.text().equals(NUMBER));
    }

    /**
     * Fills the placeholders of a pattern without {@code {#}}.
     *
     * @param model the template variables of the row's letter
     * @return the path relative to the output folder, with "/" between segments; or a message
     *     saying why it cannot be made, starting with "!"
     */
    String expand(Map<String, Object> model) {
        return expand(model, 0, 0);
    }

    /**
     * Fills the placeholders.
     *
     * @param model the template variables of the row's letter
     * @param number the row's 1-based number among the data rows, for {@code {#}}
     * @param rows how many rows the batch has: {@code {#}} is zero-padded to its digits
     * @return the path relative to the output folder, with "/" between segments; or a message
     *     saying why it cannot be made, starting with "!"
     */
    String expand(Map<String, Object> model, int number, long rows) {
        StringBuilder name = new StringBuilder();
        for (Part part : parts) {
            if (!part.placeholder()) {
                name.append(part.text().replace('\\', '/'));
                continue;
            }
            if (part.text().equals(NUMBER)) {
                if (number < 1) {
                    throw new IllegalStateException("{#} needs the row's number");
                }
                int width = Long.toString(Math.max(rows, number)).length();
                name.append(String.format(java.util.Locale.ROOT, "%0" + width + "d", number));
                continue;
            }
            Object value = lookup(model, part.text());
            if (value == null || value.toString().isBlank()) {
                return "!{"
                        + part.text()
                        + "} is empty in this row, so the file name cannot use it";
            }
            String text = value.toString();
            if (TRAVERSAL.matcher(text).find()) {
                return "!{"
                        + part.text()
                        + "} is '"
                        + text
                        + "', which would lead out of the output folder";
            }
            name.append(text.replace('/', '_').replace('\\', '_'));
        }
        String[] segments = name.toString().split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String safe = SafeNames.segment(segments[i], i == segments.length - 1);
            if (safe.isEmpty()) {
                return "!the file name '" + name + "' is empty once unsafe characters are removed";
            }
            out.append(i == 0 ? "" : "/").append(safe);
        }
        return out.toString();
    }

    private static Object lookup(Map<String, Object> model, String path) {
        if (path.startsWith("row.")) {
            Object row = model.get("row");
            return row instanceof Map<?, ?> cells ? cells.get(path.substring(4)) : null;
        }
        Object node = model;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node instanceof Map<?, ?> || node instanceof List<?> ? null : node;
    }
}
