package org.advocate.load;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages a library file is written in, read from its name: the untagged file ({@code
 * buyers.md}, {@code support.md.ftl}) is English, and {@code buyers.fr.md} is French. A letter
 * takes each file in its own language or, for arguments only, in the language its {@code fallback}
 * names; nothing is mixed in silently.
 */
public final class Languages {
    /** The language of a library's untagged files. */
    public static final String ENGLISH = "en";

    private Languages() {}

    /**
     * Returns the languages of a file among a folder's names (without their suffix): {@code en}
     * when {@code base} itself is listed, then the tag of each {@code base.<tag>}.
     */
    public static Set<String> of(String base, Set<String> names) {
        Set<String> tags = new TreeSet<>();
        for (String name : names) {
            if (name.equals(base)) {
                tags.add(ENGLISH);
            } else if (name.startsWith(base + ".") && name.indexOf('.', base.length() + 1) < 0) {
                tags.add(name.substring(base.length() + 1));
            }
        }
        return Collections.unmodifiableSet(tags);
    }

    /** Whether a file written in these languages has a text for the locale. */
    public static boolean has(Set<String> languages, Locale locale) {
        String language = locale.getLanguage();
        return languages.contains(language)
                || (!locale.getCountry().isEmpty()
                        && languages.contains(language + "-" + locale.getCountry()));
    }

    /** The tag that names a locale's language in messages and file names, e.g. "fr". */
    public static String tag(Locale locale) {
        return locale.getLanguage();
    }

    /**
     * The message for a file that has no text in a letter's language.
     *
     * @param kind "argument" or "template"
     */
    public static String missing(String kind, String id, Locale locale, Set<String> languages) {
        String tag = tag(locale);
        String hint =
                kind.equals("argument")
                        ? "; write arguments/"
                                + id
                                + "."
                                + tag
                                + ".md in a --library folder, or add 'fallback: en' to the"
                                + " letter to print it in English"
                        : "; write "
                                + id
                                + "."
                                + tag
                                + ".md.ftl in a --library folder, or choose another locale";
        return kind
                + " '"
                + id
                + "' has no "
                + tag
                + " text (it is written in: "
                + (languages.isEmpty() ? "no language" : String.join(", ", languages))
                + ")"
                + hint;
    }
}
