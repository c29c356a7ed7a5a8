package org.advocate.typography;

/**
 * One change to a text: the characters from {@code start} to {@code end} (exclusive) become {@code
 * text}. Every edit replaces at least one character.
 *
 * @param start index of the first character replaced
 * @param end index after the last character replaced
 * @param text what they become
 */
public record Edit(int start, int end, String text) {
    public Edit {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an edit replaces at least one character");
        }
    }
}
