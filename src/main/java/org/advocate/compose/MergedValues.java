package org.advocate.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocate.model.CarbonCopy;
import org.advocate.model.Letter;
import org.advocate.model.LetterParts;
import org.advocate.model.MergedValue;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;
import org.advocate.model.Signer;

/**
 * Lists the values a letter merges from the user's data, each with where it was written: the file
 * position, row or option binding recorded, else the file it came from.
 */
final class MergedValues {
    private final List<MergedValue> out = new ArrayList<>();
    private final Map<String, String> origins;

    private MergedValues(Map<String, String> origins) {
        this.origins = origins;
    }

    static List<MergedValue> of(Letter letter) {
        String letterFile = "letter file in " + letter.baseDir();
        String orgFile = "organization of the letter in " + letter.baseDir();
        MergedValues v = new MergedValues(letter.origins());
        Recipient r = letter.recipient();
        if (r != null) {
            v.add(letterFile, "recipient.name", r.name());
            v.add(letterFile, "recipient.honorific", r.honorific());
            v.add(letterFile, "recipient.title", r.title());
            v.add(letterFile, "recipient.organization", r.organization());
            v.add(letterFile, "recipient.organizationArticle", r.organizationArticle());
            v.addAll(letterFile, "recipient.address", r.address());
            // Made from the name when the letter writes none: they point at the name.
            String name = v.origin("recipient.name", letterFile);
            v.add(name, "recipient.salutation", r.salutation());
            v.add(name, "recipient.firstName", r.firstName());
            v.add(name, "recipient.lastName", r.lastName());
        }
        v.add(letterFile, "subject", letter.subject());
        v.add(letterFile, "occasion", letter.occasion());
        for (Map.Entry<String, String> p : letter.paragraphs().entrySet()) {
            v.add(letterFile, "paragraphs." + p.getKey(), p.getValue());
        }
        Organization o = letter.organization();
        if (o != null) {
            v.add(orgFile, "organization.name", o.name());
            v.add(orgFile, "organization.article", o.article());
            v.add(orgFile, "organization.shortName", o.shortName());
            v.add(orgFile, "organization.services", o.services());
            v.addAll(orgFile, "organization.address", o.address());
            v.add(orgFile, "organization.email", o.email());
            v.add(orgFile, "organization.phone", o.phone());
            v.add(orgFile, "organization.website", o.website());
            if (o.signatory() != null) {
                v.add(orgFile, "organization.signatory.name", o.signatory().name());
                v.add(orgFile, "organization.signatory.title", o.signatory().title());
            }
            v.add(orgFile, "organization.closing", o.closing());
        }
        v.parts(letter, letterFile, orgFile);
        List<Signatory> signatories = letter.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            // The row or line it was listed on, when known; else its place in the sorted list.
            String origin = s.origin() != null ? s.origin() : letterFile;
            String path = s.origin() != null ? "" : "signatories[" + (i + 1) + "].";
            v.put(origin, path + "organization", s.organization());
            v.put(origin, path + "name", s.name());
            v.put(origin, path + "title", s.title());
            v.put(origin, path + "country", s.country());
            v.put(origin, path + "city", s.city());
        }
        return v.out;
    }

    /** The letter's signers, copies, enclosures, references, place and the recipient's country. */
    private void parts(Letter letter, String letterFile, String orgFile) {
        LetterParts parts = letter.parts();
        if (letter.recipient() != null) {
            add(letterFile, "recipient.country", letter.recipient().country());
        }
        // The letter's own signers, else its organization's.
        boolean own = origins.containsKey("signers[1].name");
        String signers = own ? "signers" : "organization.signers";
        for (int i = 0; i < parts.signers().size(); i++) {
            Signer s = parts.signers().get(i);
            String at = signers + "[" + (i + 1) + "].";
            add(own ? letterFile : orgFile, at + "name", s.name());
            add(own ? letterFile : orgFile, at + "title", s.title());
            add(own ? letterFile : orgFile, at + "organization", s.organization());
        }
        add(letterFile, "onBehalfOf", parts.onBehalfOf());
        for (int i = 0; i < parts.cc().size(); i++) {
            CarbonCopy c = parts.cc().get(i);
            add(letterFile, "cc[" + (i + 1) + "].name", c.name());
            add(letterFile, "cc[" + (i + 1) + "].email", c.email());
        }
        addAll(letterFile, "enclosures", parts.enclosures());
        add(letterFile, "reference.ours", parts.ourReference());
        add(letterFile, "reference.yours", parts.yourReference());
        add(letterFile, "place", parts.place());
    }

    private String origin(String field, String fallback) {
        return origins.getOrDefault(field, fallback);
    }

    /** A field, at its recorded origin or else the fallback. */
    private void add(String fallback, String field, String value) {
        put(origin(field, fallback), field, value);
    }

    private void addAll(String fallback, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            add(fallback, field + "[" + (i + 1) + "]", values.get(i));
        }
    }

    private void put(String origin, String field, String value) {
        if (value != null) {
            out.add(new MergedValue(origin, field, value));
        }
    }
}
