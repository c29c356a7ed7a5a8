package org.advocate.model;

/**
 * A cited source. Two sources are the same endnote when every field is equal.
 *
 * @param publisher who published it
 * @param title its title
 * @param year year of publication, as written; or null
 * @param url where to read it, or null
 * @param seed the source document of the built-in library it was taken from, or null
 */
public record Source(String publisher, String title, String year, String url, String seed) {}
