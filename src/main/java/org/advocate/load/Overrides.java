package org.advocate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.Origin;
import org.advocate.input.TextRules;
import org.advocate.input.YamlNode;

/**
 * {@code --set path=value} options, applied to the letter's YAML before it is validated, so a
 * mistyped path is reported like a mistyped field. Paths starting with {@code org.} or {@code
 * organization.} reach the organization.
 *
 * @param sets the raw {@code path=value} strings, in order
 */
public record Overrides(List<String> sets) {
    private static final Pattern PATH =
            Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*");

    public Overrides {
        sets = List.copyOf(sets);
    }

    /** No overrides. */
    public static Overrides none() {
        return new Overrides(List.of());
    }

    /**
     * One parsed override: a text (or, from a row's list columns, a list) at a path.
     *
     * @param path the field path
     * @param value the value
     * @param origin where the value was given: the option, or the row's cell
     * @param scope where a mapping the value needs, and no file gave, comes from: the option, or
     *     the row (a recipient made from a row's cells is the row's, not its first cell's)
     */
    record Assignment(List<String> path, YamlNode value, Origin origin, Origin scope) {
        Assignment(List<String> path, YamlNode value, Origin origin) {
            this(path, value, origin, origin);
        }
    }

    /** Returns whether a text is a dotted field path such as {@code recipient.name}. */
    public static boolean isPath(String text) {
        return PATH.matcher(text).matches();
    }

    /** Parses every option, failing with one problem per malformed one. */
    List<Assignment> parse() {
        List<Assignment> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            String path = eq < 0 ? set : set.substring(0, eq);
            if (eq < 0 || !PATH.matcher(path).matches()) {
                problems.add(
                        new Problem(
                                "--set " + set,
                                "",
                                path.contains("[")
                                        ? "a list item cannot be set on the command line; edit the"
                                                + " list in the letter file (a rows file can fill"
                                                + " items through columns:, e.g. "
                                                + path.replaceAll("\\s", "")
                                                + ")"
                                        : "expected path=value, e.g. recipient.name=\"Jane"
                                                + " Doe\""));
                continue;
            }
            String value = TextRules.normalize(set.substring(eq + 1));
            String problem = TextRules.check(value);
            if (problem != null) {
                problems.add(new Problem("--set " + set, path, problem));
                continue;
            }
            Origin origin = Origin.of("--set " + path);
            out.add(
                    new Assignment(
                            List.of(path.split("\\.")),
                            new YamlNode.Text(value, false, origin),
                            origin));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /**
     * Applies one assignment below a mapping, creating nested mappings as needed. A text may not
     * replace a mapping or a list, and a list may not replace a mapping.
     */
    static YamlNode.Mapping apply(YamlNode.Mapping root, Assignment assignment) {
        return apply(
                root,
                assignment.path(),
                assignment.value(),
                assignment.origin(),
                assignment.scope());
    }

    private static YamlNode.Mapping apply(
            YamlNode.Mapping root, List<String> path, YamlNode value, Origin origin, Origin scope) {
        String key = path.get(0);
        if (path.size() == 1) {
            YamlNode old = root.get(key);
            if (value instanceof YamlNode.Sequence && old instanceof YamlNode.Mapping) {
                throw InputException.of(
                        origin.toString(),
                        key,
                        "is a mapping in " + old.origin() + " and cannot be set to a list");
            }
            if (value instanceof YamlNode.Text
                    && (old instanceof YamlNode.Mapping || old instanceof YamlNode.Sequence)) {
                throw InputException.of(
                        origin.toString(),
                        key,
                        "is a "
                                + old.kind()
                                + " in "
                                + old.origin()
                                + " and cannot be set to text");
            }
            return root.with(key, origin, value);
        }
        YamlNode child = root.get(key);
        YamlNode.Mapping nested;
        if (child == null || child instanceof YamlNode.Text t && t.empty()) {
            nested = new YamlNode.Mapping(List.of(), scope);
        } else if (child instanceof YamlNode.Mapping m) {
            nested = m;
        } else {
            throw InputException.of(
                    origin.toString(),
                    key,
                    "is a " + child.kind() + " in " + child.origin() + ", not a mapping");
        }
        return root.with(
                key, scope, apply(nested, path.subList(1, path.size()), value, origin, scope));
    }
}
