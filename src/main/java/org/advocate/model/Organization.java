package org.advocate.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The organization that sends the letter.
 *
 * @param name full name
 * @param shortName short name or acronym; the full name when none is given
 * @param founded the year it was founded, as written; or null
 * @param experienceYears years of experience as given; or null to derive it from {@code founded}
 * @param services what the organization does, as a phrase that completes "experience ..."
 * @param address address lines, possibly empty
 * @param email contact e-mail, or null
 * @param phone contact phone, or null
 * @param website website, or null
 * @param signatory the person who signs
 * @param closing the complimentary close, e.g. "In Solidarity"
 * @param logo a logo image inside the campaign folder, or null
 * @param signature a signature image inside the campaign folder, or null
 * @param ids other names the organization's own documents are signed with, possibly empty
 * @param article the article its name takes in running text ("the" for "the Sex Workers Project"),
 *     or null for a name that takes none ("Amnesty International")
 * @param style how its letters ask to be set (font size, margins, alignment), over the house style
 * @param country the country it writes from, or null: a recipient elsewhere gets a country line
 * @param signers the people who sign its letters when more than its {@code signatory} signs,
 *     possibly empty
 * @param fonts font files (TrueType or OpenType, checked, resolved against the organization file's
 *     folder) for characters the PDF's text faces lack: tried after {@code --font} files and before
 *     the bundled fallback fonts; possibly empty
 */
public record Organization(
        String name,
        String shortName,
        String founded,
        Integer experienceYears,
        String services,
        List<String> address,
        String email,
        String phone,
        String website,
        Person signatory,
        String closing,
        Path logo,
        Path signature,
        List<String> ids,
        String article,
        PageStyle style,
        String country,
        List<Signer> signers,
        List<Path> fonts) {

    public Organization {
        address = List.copyOf(address);
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
        signers = List.copyOf(signers);
        ids = List.copyOf(ids);
        style = style == null ? PageStyle.NONE : style;
    }

    /** An organization that names no fonts of its own. */
    public Organization(
            String name,
            String shortName,
            String founded,
            Integer experienceYears,
            String services,
            List<String> address,
            String email,
            String phone,
            String website,
            Person signatory,
            String closing,
            Path logo,
            Path signature,
            List<String> ids,
            String article,
            PageStyle style,
            String country,
            List<Signer> signers) {
        this(
                name,
                shortName,
                founded,
                experienceYears,
                services,
                address,
                email,
                phone,
                website,
                signatory,
                closing,
                logo,
                signature,
                ids,
                article,
                style,
                country,
                signers,
                List.of());
    }

    /**
     * An organization that asks for no style of its own.
     *
     * @param article its name's article, or null for a name that takes none
     */
    public Organization(
            String name,
            String shortName,
            String founded,
            Integer experienceYears,
            String services,
            List<String> address,
            String email,
            String phone,
            String website,
            Person signatory,
            String closing,
            Path logo,
            Path signature,
            List<String> ids,
            String article) {
        this(
                name,
                shortName,
                founded,
                experienceYears,
                services,
                address,
                email,
                phone,
                website,
                signatory,
                closing,
                logo,
                signature,
                ids,
                article,
                PageStyle.NONE,
                null,
                List.of());
    }

    /** The name as running text uses it, with its article: "the Sex Workers Project". */
    public String nameInText() {
        return withArticle(article, name);
    }

    /** A name with its article, or the name alone when the article is null. */
    public static String withArticle(String article, String name) {
        return article == null || name == null ? name : article + " " + name;
    }

    /**
     * Tells whether a source is the organization's own document: its author is the organization's
     * name, short name or one of its ids (ignoring case). An own document is never cited as outside
     * evidence in the organization's letters.
     */
    public boolean wrote(Source source) {
        String author = source.author();
        if (author == null) {
            return false;
        }
        String a = author.strip();
        if (a.equalsIgnoreCase(name) || a.equalsIgnoreCase(shortName)) {
            return true;
        }
        for (String id : ids) {
            if (a.equalsIgnoreCase(id.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the years of experience on a date: the given figure, or the years since {@code
     * founded}; empty when neither is known.
     */
    public OptionalInt experienceYearsOn(LocalDate date) {
        if (experienceYears != null) {
            return OptionalInt.of(experienceYears);
        }
        if (founded != null) {
            return OptionalInt.of(date.getYear() - Integer.parseInt(founded));
        }
        return OptionalInt.empty();
    }
}
