package org.advocate.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.input.MappingReader;
import org.advocate.input.Origin;
import org.advocate.input.Problems;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;
import org.advocate.model.Argument;
import org.advocate.model.Source;

/** Parses an argument file: YAML front matter between {@code ---} lines, then the body. */
public final class ArgumentFile {
    /** What an argument id may look like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ArgumentFile() {}

    /**
     * @param origin the file name, for messages
     * @param expectedId the id the file name implies
     * @param text the whole file
     */
    public static Argument parse(String origin, String expectedId, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw InputException.of(
                    origin + ":1:1",
                    "",
                    "an argument file starts with a '---' line and YAML front matter");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0 && normalized.endsWith("\n---")) {
            end = normalized.length() - 4;
        }
        if (end < 0) {
            throw InputException.of(
                    origin + ":1:1", "", "the front matter has no closing '---' line");
        }
        String front = normalized.substring(4, end + 1);
        int bodyLine = 2 + (int) front.chars().filter(c -> c == '\n').count() + 1;
        String body = end + 5 <= normalized.length() ? normalized.substring(end + 5) : "";
        YamlNode node = StrictYaml.parse(origin, front, 2);
        if (!(node instanceof YamlNode.Mapping map)) {
            throw InputException.of(origin + ":2:1", "", "the front matter must be a mapping");
        }
        Problems problems = new Problems();
        MappingReader r = new MappingReader(map, "", problems);
        String id = r.requiredText("id");
        if (id != null && !id.equals(expectedId)) {
            r.problem("id", "must match the file name ('" + expectedId + "')");
        }
        String title = r.requiredText("title");
        String summary = r.requiredText("summary");
        List<String> tags = r.texts("tags");
        List<Source> sources = sources(r, problems);
        String role = r.text("role");
        if (role == null) {
            role = Argument.DEFAULT_ROLE;
        } else if (!Argument.ROLES.contains(role)) {
            r.problem("role", "must be one of " + String.join(", ", Argument.ROLES));
            role = Argument.DEFAULT_ROLE;
        }
        r.rejectUnknown();
        if (body.isBlank()) {
            problems.add(new Origin(origin, bodyLine, 1), "body", "is empty");
        }
        problems.throwIfAny();
        return new Argument(id, title, summary, tags, sources, body, origin, bodyLine, role);
    }

    /** What a source's {@code kind:} may be. */
    public static final java.util.Set<String> KINDS =
            java.util.Set.of(
                    "report", "guide", "letter", "blog post", "web page", "statute", "statement");

    /** What a source's date and notBefore look like: a year, a year and month, or a full date. */
    public static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * One source entry. {@code publisher} and {@code year} are accepted as older names of {@code
     * author} and {@code date}.
     */
    private static Source source(MappingReader s, YamlNode.Mapping map) {
        String author = either(s, map, "author", "publisher");
        String title = s.text("title");
        String description = s.text("description");
        if (title == null && description == null) {
            s.problem("title", "is required (or a description, for a document with no title)");
        } else if (title != null && description != null) {
            s.problem("description", "give either title or description, not both");
        }
        String kind = s.text("kind");
        if (kind != null && !KINDS.contains(kind)) {
            s.problem("kind", "must be one of " + new java.util.TreeSet<>(KINDS));
        }
        String date = either(s, map, "date", "year");
        String notBefore = s.text("notBefore");
        String after = s.text("after");
        for (String[] field : new String[][] {{"date", date}, {"notBefore", notBefore}}) {
            if (field[1] != null && !DATE.matcher(field[1]).matches()) {
                s.problem(
                        field[0], "must be a year, year-month or date: 2015, 2015-08, 2020-09-02");
            }
        }
        if (date != null && notBefore != null) {
            s.problem("notBefore", "is for undated documents; this one has a date");
        }
        if ((notBefore == null) != (after == null)) {
            s.problem(
                    notBefore == null ? "after" : "notBefore",
                    "notBefore and after go together: the date and the event the document names");
        }
        return new Source(
                author,
                title,
                description,
                kind,
                date,
                notBefore,
                after,
                s.text("url"),
                s.text("seed"));
    }

    private static String either(MappingReader s, YamlNode.Mapping map, String key, String old) {
        if (map.get(key) != null && map.get(old) != null) {
            s.problem(old, "give " + key + " only (" + old + " is its older name)");
        }
        String value = s.text(key);
        return value != null ? value : s.text(old);
    }

    private static List<Source> sources(MappingReader r, Problems problems) {
        List<Source> out = new ArrayList<>();
        YamlNode node = r.node("sources");
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            r.problem("sources", "needs at least one source (title or description, and kind)");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "sources[" + (i + 1) + "]";
            if (!(list.items().get(i) instanceof YamlNode.Mapping map)) {
                problems.add(
                        list.items().get(i).origin(),
                        path,
                        "expected a mapping with a title (or a description) and a kind");
                continue;
            }
            MappingReader s = new MappingReader(map, path, problems);
            out.add(source(s, map));
            s.rejectUnknown();
        }
        return out;
    }
}
