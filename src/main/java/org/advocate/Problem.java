package org.advocate;

/**
 * One problem found in the user's input, reported as one line: {@code origin: field: message}.
 *
 * @param origin where the problem is, usually {@code file:line:column}
 * @param field the dotted field path, or empty when the problem is not about one field
 * @param message what is wrong, and where possible how to fix it
 */
public record Problem(String origin, String field, String message) {

    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(origin);
        if (!field.isEmpty()) {
            line.append(": ").append(field);
        }
        return line.append(": ").append(message).toString();
    }
}
