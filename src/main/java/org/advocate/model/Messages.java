package org.advocate.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words a letter prints in its language ("Re:", "Sources", "Page 1 of 2", "Signed by 3
 * organizations"), read from the library's {@code i18n/messages.<language>.yaml}.
 *
 * <p>A message is text with named placeholders in braces ({@code Page {page} of {pages}}). A
 * message that depends on a number has the forms {@code one} (the number is 1) and {@code other},
 * chosen by its {@code count} argument.
 *
 * @param language the language tag the words are in
 * @param forms each message's forms by key: {@code other} alone, or {@code one} and {@code other}
 */
public record Messages(String language, Map<String, Map<String, String>> forms) {
    /** A placeholder: a name in braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** The form of a message that has no number, and of numbers other than 1. */
    public static final String OTHER = "other";

    /** The form for the number 1. */
    public static final String ONE = "one";

    public Messages {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        forms.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        forms = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether there is a message with this key. */
    public boolean has(String key) {
        return forms.containsKey(key);
    }

    /**
     * Returns a message with its placeholders filled in; a placeholder without an argument stays as
     * written.
     *
     * @throws IllegalArgumentException when there is no message with this key
     */
    public String format(String key, Map<String, ?> arguments) {
        Map<String, String> message = forms.get(key);
        if (message == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + language);
        }
        Object count = arguments.get("count");
        boolean one = count instanceof Number n && n.doubleValue() == 1;
        String text = one && message.containsKey(ONE) ? message.get(ONE) : message.get(OTHER);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = arguments.get(m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Returns a message that takes no arguments. */
    public String text(String key) {
        return format(key, Map.of());
    }

    /** The placeholder names a text uses. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
