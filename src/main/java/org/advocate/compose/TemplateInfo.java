package org.advocate.compose;

import java.util.List;

/**
 * What a letter template is for and what it needs, found by reading and test-rendering it.
 *
 * @param name the template's name, e.g. {@code support}
 * @param origin where it was read from
 * @param purpose the first sentence of the template's leading comment, or empty
 * @param description the whole leading comment, or empty
 * @param languages the language tags it has variants for, e.g. [es, fr]
 * @param variables the variables it reads, as dotted paths ({@code org.name}, {@code
 *     arguments[].body}), sorted
 * @param required those of {@code variables} without which it fails to render
 */
public record TemplateInfo(
        String name,
        String origin,
        String purpose,
        String description,
        List<String> languages,
        List<String> variables,
        List<String> required) {

    public TemplateInfo {
        languages = List.copyOf(languages);
        variables = List.copyOf(variables);
        required = List.copyOf(required);
    }
}
