package org.advocate.output.pdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a letter, as the templates mark them with {@code <!-- advocate:section NAME -->}.
 * Each part has its own type and placement; text before the first marker (or in Markdown without
 * markers) is set as {@link #BODY}.
 */
public enum Section {
    LETTERHEAD,
    DATE,
    RECIPIENT,
    SUBJECT,
    BODY,
    CLOSING,
    SIGNATORIES,
    SOURCES;

    private static final Pattern MARKER = Pattern.compile("<!-- advocate:section ([a-z]+) -->");

    /** The name used in markers, e.g. "letterhead". */
    public String markerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an HTML block's literal as a section marker. Only an exact marker with a known name
     * counts; anything else is ordinary HTML, which prints as text.
     */
    public static Optional<Section> fromMarker(String htmlLiteral) {
        Matcher m = MARKER.matcher(htmlLiteral.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Section s : values()) {
            if (s.markerName().equals(m.group(1))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
