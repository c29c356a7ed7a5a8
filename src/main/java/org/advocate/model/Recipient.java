package org.advocate.model;

import java.util.List;

/**
 * The person or body a letter is addressed to.
 *
 * @param name full name, e.g. "Salil Shetty"; or null when writing to a body
 * @param honorific e.g. "Mr.", "Dr.", "Hon."; or null
 * @param title role, e.g. "Secretary General"; or null
 * @param organization e.g. "Amnesty International"; or null
 * @param address address lines, possibly empty
 * @param salutation the greeting line, e.g. "Dear Mr. Shetty,"
 * @param firstName given name (derived from {@code name} unless written)
 * @param lastName family name (derived from {@code name} unless written)
 * @param district the electoral district or constituency a legislator represents, or null
 * @param organizationArticle the article the organization's name takes in running text ("the" for
 *     "the House of Commons"), or null
 * @param country the country of the address, as the sender's post writes it ("Germany"), or null;
 *     printed in capitals as the address's last line when it is not the sender's country
 * @param email the address {@code advocate send} delivers the letter to, or null
 */
public record Recipient(
        String name,
        String honorific,
        String title,
        String organization,
        List<String> address,
        String salutation,
        String firstName,
        String lastName,
        String district,
        String organizationArticle,
        String country,
        String email) {

    /** A recipient in the sender's country (no country line), without an e-mail address. */
    public Recipient(
            String name,
            String honorific,
            String title,
            String organization,
            List<String> address,
            String salutation,
            String firstName,
            String lastName,
            String district,
            String organizationArticle) {
        this(
                name,
                honorific,
                title,
                organization,
                address,
                salutation,
                firstName,
                lastName,
                district,
                organizationArticle,
                null,
                null);
    }

    public Recipient(
            String name,
            String honorific,
            String title,
            String organization,
            List<String> address,
            String salutation,
            String firstName,
            String lastName,
            String district) {
        this(
                name,
                honorific,
                title,
                organization,
                address,
                salutation,
                firstName,
                lastName,
                district,
                null);
    }

    /** The organization as running text names it, with its article: "the House of Commons". */
    public String organizationInText() {
        return Organization.withArticle(organizationArticle, organization);
    }

    public Recipient {
        address = List.copyOf(address);
    }

    /**
     * The salutation made when a letter writes none: "Dear Mr. Shetty," with an honorific, "Dear
     * Salil Shetty," without, "Dear colleagues," without a name.
     */
    public static String defaultSalutation(String name, String honorific, String lastName) {
        if (honorific != null && lastName != null) {
            return "Dear " + honorific.trim() + " " + lastName + ",";
        }
        if (name != null) {
            return "Dear " + name.trim() + ",";
        }
        return "Dear colleagues,";
    }

    /** Whether the salutation is one the letter wrote, not the default one made for it. */
    public boolean salutationWritten() {
        return !defaultSalutation(name, honorific, lastName).equals(salutation);
    }

    /** A recipient without a district. */
    public Recipient(
            String name,
            String honorific,
            String title,
            String organization,
            List<String> address,
            String salutation,
            String firstName,
            String lastName) {
        this(name, honorific, title, organization, address, salutation, firstName, lastName, null);
    }
}
