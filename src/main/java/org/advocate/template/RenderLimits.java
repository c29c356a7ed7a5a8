package org.advocate.template;

import java.time.Duration;

/**
 * Bounds on one render, since FreeMarker itself has none: a template with an endless loop or
 * runaway recursion fails instead of hanging or exhausting memory.
 *
 * @param time the longest one render may take
 * @param maxChars the most Markdown characters one render may produce
 */
public record RenderLimits(Duration time, int maxChars) {
    /** Five seconds and 8 million characters: far beyond any real letter. */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(5), 8_000_000);
}
