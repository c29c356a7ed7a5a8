package org.advocate.model;

/**
 * An organization that signs a sign-on letter.
 *
 * @param organization the organization's name as it should be printed
 * @param name the person signing for it, or null
 * @param title that person's role, or null
 * @param country country, or null
 * @param city city, or null
 * @param lead whether it is a lead signer, listed first
 */
public record Signatory(
        String organization,
        String name,
        String title,
        String country,
        String city,
        boolean lead) {}
