package org.advocate.output.pdf;

import java.util.Locale;
import java.util.Optional;
import org.advocate.model.SectionMarkers;

/**
 * The parts of a letter, as the templates mark them with {@code <!-- advocate:section NAME -->}.
 * Each part has its own type and placement; text before the first marker (or in Markdown without
 * markers) is set as {@link #BODY}.
 */
public enum Section {
    LETTERHEAD,
    DATE,
    RECIPIENT,
    REFERENCES,
    SUBJECT,
    BODY,
    CLOSING,
    SIGNERS,
    ENCLOSURES,
    CC,
    SIGNATORIES,
    SOURCES;

    /** The name used in markers, e.g. "letterhead". */
    public String markerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an HTML block's literal as a section marker. Only an exact marker with a known name
     * counts; anything else is ordinary HTML, which prints as text.
     */
    public static Optional<Section> fromMarker(String htmlLiteral) {
        Optional<String> name = SectionMarkers.nameOf(htmlLiteral);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Section s : values()) {
            if (s.markerName().equals(name.get())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
