package org.advocate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.advocate.model.Recipient;

/**
 * The names a recipient is addressed by: the first name, last name and salutation a letter writes,
 * or else the ones guessed from the recipient's full name and honorific. The first name is the
 * name's first word; the last name is its last word that is not a suffix such as {@code Jr.} or
 * {@code PhD}, without a trailing comma; the salutation is {@link Recipient#defaultSalutation}.
 *
 * @param firstName the first name, or null when neither written nor guessable
 * @param lastName the last name, or null when neither written nor guessable
 * @param salutation the salutation, never null
 */
record RecipientNames(String firstName, String lastName, String salutation) {
    private static final Set<String> SUFFIXES =
            Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "esq.");

    /**
     * Returns the names for a recipient, each as written when not null, else guessed.
     *
     * @param name the full name, or null
     * @param honorific the honorific (such as {@code Senator}), or null
     * @param firstName the first name as written, or null
     * @param lastName the last name as written, or null
     * @param salutation the salutation as written, or null
     */
    static RecipientNames of(
            String name, String honorific, String firstName, String lastName, String salutation) {
        if (name != null) {
            List<String> words = words(name);
            if (firstName == null) {
                firstName = words.get(0);
            }
            if (lastName == null) {
                lastName = lastName(words);
            }
        }
        if (salutation == null) {
            salutation = Recipient.defaultSalutation(name, honorific, lastName);
        }
        return new RecipientNames(firstName, lastName, salutation);
    }

    /** The last word that is not a suffix (or the first word), without a trailing comma. */
    private static String lastName(List<String> words) {
        int last = words.size() - 1;
        while (last > 0
                && SUFFIXES.contains(words.get(last).toLowerCase(Locale.ROOT).replace(",", ""))) {
            last--;
        }
        String word = words.get(last);
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    /** The words of a name, split at white space (one empty word for a blank name). */
    static List<String> words(String name) {
        String text = name.trim();
        List<String> words = new ArrayList<>(4);
        int at = 0;
        do {
            int start = at;
            while (at < text.length() && !space(text.charAt(at))) {
                at++;
            }
            words.add(text.substring(start, at));
            while (at < text.length() && space(text.charAt(at))) {
                at++;
            }
        } while (at < text.length());
        return words;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
