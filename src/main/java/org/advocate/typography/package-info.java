/**
 * Typographic punctuation by language: curly quotes and apostrophes, French spacing, en dashes in
 * number ranges and the ellipsis, applied to the text a reader sees and, through {@link
 * org.advocate.typography.TypographicMarkdown}, to a letter's Markdown without changing its
 * structure.
 */
package org.advocate.typography;
