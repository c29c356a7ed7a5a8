package org.advocate.model;

/**
 * A letter rendered to Markdown, with what a writer needs beyond the text.
 *
 * @param markdown the letter as CommonMark
 * @param metadata document properties, images and the merged values with their origins
 */
public record RenderedLetter(String markdown, DocumentMetadata metadata) {}
