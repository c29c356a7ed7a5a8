package org.advocate.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How letter templates are named in a library: the file suffix, the built-in library's place on the
 * class path, and the language-variant tags tried for a locale. Shared by the template engine
 * (which looks files up) and the library (which lists them).
 */
public final class TemplateNames {
    /** The built-in library's folder on the class path. */
    public static final String BUILT_IN = "letter-templates";

    /** The file-name ending of letter templates. */
    public static final String SUFFIX = ".md.ftl";

    private TemplateNames() {}

    /** Returns the file name of a template, e.g. "support.md.ftl" for "support". */
    public static String file(String name) {
        return name + SUFFIX;
    }

    /**
     * The variant tags tried for a locale, most specific first: fr-CA then fr. English letters use
     * the untagged template unless an en variant exists.
     */
    public static List<String> variantTags(Locale locale) {
        List<String> tags = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            tags.add(locale.getLanguage() + "-" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            tags.add(locale.getLanguage());
        }
        return tags;
    }
}
