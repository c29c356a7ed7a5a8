package org.advocate.load;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.input.MappingReader;
import org.advocate.input.Problems;
import org.advocate.input.YamlNode;
import org.advocate.model.PageStyle;

/**
 * Reads a {@code style:} block (in organization.yaml or letter.yaml): {@code fontSize} in points (8
 * to 16), {@code margin}, the side margins, as a length with its unit ({@code 1.6in}, {@code 40mm},
 * {@code 4cm}, {@code 110pt}; 0.4 to 3 inches), and {@code alignment}: {@code justified} or {@code
 * left}, {@code signers}: {@code side-by-side}, {@code stacked} or {@code auto}, and {@code
 * envelope}: the window envelope ({@code DL}, {@code C5}, {@code US10}). Each mistake is a problem
 * at its file and line.
 */
final class PageStyleReader {
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(in|mm|cm|pt)");
    private static final Map<String, Float> POINTS =
            Map.of("in", 72f, "mm", 72f / 25.4f, "cm", 720f / 25.4f, "pt", 1f);
    private static final java.util.Set<String> ENVELOPES = java.util.Set.of("DL", "C5", "US10");
    private static final float MIN_SIZE = 8f;
    private static final float MAX_SIZE = 16f;
    private static final float MIN_MARGIN = 0.4f * 72f;
    private static final float MAX_MARGIN = 3f * 72f;

    private PageStyleReader() {}

    /** The style of a mapping's {@code style:} field, or {@link PageStyle#NONE} when absent. */
    static PageStyle read(MappingReader parent, Problems problems) {
        YamlNode.Mapping map = parent.mapping("style");
        if (map == null) {
            return PageStyle.NONE;
        }
        MappingReader r = new MappingReader(map, parent.path("style"), problems);
        Float size = null;
        String sizeText = r.text("fontSize");
        if (sizeText != null) {
            try {
                size = Float.parseFloat(sizeText);
            } catch (NumberFormatException e) {
                size = null;
            }
            if (size == null || size < MIN_SIZE || size > MAX_SIZE) {
                r.problem(
                        "fontSize",
                        "must be a size in points from 8 to 16, not \"" + sizeText + "\"");
                size = null;
            }
        }
        Float margin = null;
        String marginText = r.text("margin");
        if (marginText != null) {
            Matcher m = LENGTH.matcher(marginText.strip().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                margin = Float.parseFloat(m.group(1)) * POINTS.get(m.group(2));
            }
            if (margin == null || margin < MIN_MARGIN || margin > MAX_MARGIN) {
                r.problem(
                        "margin",
                        "must be a length from 0.4in to 3in with its unit (in, mm, cm or pt),"
                                + " e.g. 1.6in, not \""
                                + marginText
                                + "\"");
                margin = null;
            }
        }
        Boolean justified = null;
        String alignment = r.text("alignment");
        if (alignment != null) {
            switch (alignment.strip()) {
                case "justified" -> justified = true;
                case "left" -> justified = false;
                default ->
                        r.problem(
                                "alignment",
                                "must be justified or left, not \"" + alignment + "\"");
            }
        }
        Boolean sideBySide = null;
        String signers = r.text("signers");
        if (signers != null) {
            switch (signers.strip()) {
                case "side-by-side" -> sideBySide = true;
                case "stacked" -> sideBySide = false;
                case "auto" -> sideBySide = null;
                default ->
                        r.problem(
                                "signers",
                                "must be side-by-side, stacked or auto, not \"" + signers + "\"");
            }
        }
        String envelope = r.text("envelope");
        if (envelope != null && !ENVELOPES.contains(envelope.strip())) {
            r.problem("envelope", "must be DL, C5 or US10, not \"" + envelope + "\"");
            envelope = null;
        }
        r.rejectUnknown();
        return new PageStyle(
                size, margin, justified, sideBySide, envelope == null ? null : envelope.strip());
    }
}
