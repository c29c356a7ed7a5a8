package org.advocate.model;

/**
 * One value merged into a letter from the user's data, with where it came from, so that a writer's
 * complaint about it (a character no font has) names the field and the place to fix it.
 *
 * @param origin where it was written: a file and line, a rows file's row, or an option
 * @param field the field's path, e.g. {@code recipient.name} (empty when the origin names it)
 * @param value the value as merged
 */
public record MergedValue(String origin, String field, String value) {}
