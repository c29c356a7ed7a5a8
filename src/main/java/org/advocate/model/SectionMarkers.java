package org.advocate.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of the markers templates put before each part of a letter, {@code <!--
 * advocate:section NAME -->}: written by the templates' {@code section} macro, read by the PDF
 * writer for layout and by {@code check} to find the body. In Markdown they are HTML comments, so
 * they do not print.
 */
public final class SectionMarkers {
    private static final String OPEN = "<!-- advocate:section ";
    private static final Pattern MARKER = Pattern.compile("<!-- advocate:section ([a-z]+) -->");

    private SectionMarkers() {}

    /** The marker of a part, e.g. {@code <!-- advocate:section body -->}. */
    public static String marker(String name) {
        return OPEN + name + " -->";
    }

    /** The start of a part's marker, to find it in Markdown text. */
    public static String prefix(String name) {
        return OPEN + name;
    }

    /** The part a line or HTML block's literal marks, when it is exactly a marker. */
    public static Optional<String> nameOf(String literal) {
        Matcher m = MARKER.matcher(literal.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
