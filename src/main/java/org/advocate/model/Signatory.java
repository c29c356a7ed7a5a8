package org.advocate.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An organization that signs a sign-on letter.
 *
 * @param organization the organization's name as it should be printed
 * @param name the person signing for it, or null
 * @param title that person's role, or null
 * @param country country, or null
 * @param city city, or null
 * @param lead whether it is a lead signer, listed first
 * @param group the value of the letter's grouping column (e.g. its country or type), or null
 * @param origin where it was listed, for messages ({@code signers.csv:row 4}, {@code
 *     letter.yaml:30:5}), or null
 */
public record Signatory(
        String organization,
        String name,
        String title,
        String country,
        String city,
        boolean lead,
        String group,
        String origin) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A signatory without a group, listed in no file. */
    public Signatory(
            String organization,
            String name,
            String title,
            String country,
            String city,
            boolean lead) {
        this(organization, name, title, country, city, lead, null, null);
    }

    /** Returns this signatory as a lead signer. */
    public Signatory asLead() {
        return new Signatory(organization, name, title, country, city, true, group, origin);
    }

    /**
     * Returns the form of a name two entries are compared by: case, accents, punctuation, spacing
     * and a leading "The" do not count, so "The Río Collective" and "rio collective." match.
     */
    public static String matchKey(String text) {
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String words = NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
