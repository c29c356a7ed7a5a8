package org.advocate.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advocate.model.Letter;
import org.advocate.model.MergedValue;
import org.advocate.model.Organization;
import org.advocate.model.Recipient;
import org.advocate.model.Signatory;

/** Lists the values a letter merges from the user's data, each with where it was written. */
final class MergedValues {
    private MergedValues() {}

    static List<MergedValue> of(Letter letter) {
        String letterFile = "letter file in " + letter.baseDir();
        String orgFile = "organization of the letter in " + letter.baseDir();
        List<MergedValue> out = new ArrayList<>();
        Recipient r = letter.recipient();
        if (r != null) {
            add(out, letterFile, "recipient.name", r.name());
            add(out, letterFile, "recipient.honorific", r.honorific());
            add(out, letterFile, "recipient.title", r.title());
            add(out, letterFile, "recipient.organization", r.organization());
            addAll(out, letterFile, "recipient.address", r.address());
            add(out, letterFile, "recipient.salutation", r.salutation());
            add(out, letterFile, "recipient.firstName", r.firstName());
            add(out, letterFile, "recipient.lastName", r.lastName());
        }
        add(out, letterFile, "subject", letter.subject());
        add(out, letterFile, "occasion", letter.occasion());
        for (Map.Entry<String, String> p : letter.paragraphs().entrySet()) {
            add(out, letterFile, "paragraphs." + p.getKey(), p.getValue());
        }
        Organization o = letter.organization();
        if (o != null) {
            add(out, orgFile, "organization.name", o.name());
            add(out, orgFile, "organization.shortName", o.shortName());
            add(out, orgFile, "organization.services", o.services());
            addAll(out, orgFile, "organization.address", o.address());
            add(out, orgFile, "organization.email", o.email());
            add(out, orgFile, "organization.phone", o.phone());
            add(out, orgFile, "organization.website", o.website());
            if (o.signatory() != null) {
                add(out, orgFile, "organization.signatory.name", o.signatory().name());
                add(out, orgFile, "organization.signatory.title", o.signatory().title());
            }
            add(out, orgFile, "organization.closing", o.closing());
        }
        List<Signatory> signatories = letter.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            // The row or line it was listed on, when known; else its place in the sorted list.
            String origin = s.origin() != null ? s.origin() : letterFile;
            String path = s.origin() != null ? "" : "signatories[" + (i + 1) + "].";
            add(out, origin, path + "organization", s.organization());
            add(out, origin, path + "name", s.name());
            add(out, origin, path + "title", s.title());
            add(out, origin, path + "country", s.country());
            add(out, origin, path + "city", s.city());
        }
        return out;
    }

    private static void add(List<MergedValue> out, String origin, String field, String value) {
        if (value != null) {
            out.add(new MergedValue(origin, field, value));
        }
    }

    private static void addAll(
            List<MergedValue> out, String origin, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            add(out, origin, field + "[" + (i + 1) + "]", values.get(i));
        }
    }
}
