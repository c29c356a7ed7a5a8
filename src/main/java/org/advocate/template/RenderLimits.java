package org.advocate.template;

import java.time.Duration;

/**
 * Bounds on one render, since FreeMarker itself has none: a template with an endless loop, runaway
 * recursion or a built-in asked to make something huge fails with a {@code TemplateFailure} instead
 * of hanging or exhausting memory. All but the time are checked before the memory is taken (see
 * {@code freemarker.core.ResourceBounds}).
 *
 * @param time the longest one render may take
 * @param maxChars the most Markdown characters one render may produce
 * @param maxStringLength the most characters in one string a template makes (by {@code +}, a
 *     built-in such as {@code ?left_pad} or {@code ?join}, or {@code <#assign x>...</#assign>})
 * @param maxSequenceSize the most items in one sequence, hash or range a template makes
 * @param maxDepth the most macro and function calls active at once
 */
public record RenderLimits(
        Duration time, int maxChars, int maxStringLength, int maxSequenceSize, int maxDepth) {
    /**
     * Five seconds, 8 million characters of output, strings of a million characters, sequences of a
     * million items and calls 200 deep: far beyond any real letter. A default thread stack (1 MB)
     * holds about 500 to 1,300 levels of a simple recursive macro.
     */
    public static final RenderLimits DEFAULT =
            new RenderLimits(Duration.ofSeconds(5), 8_000_000, 1_000_000, 1_000_000, 200);

    public RenderLimits {
        if (time.isNegative()
                || time.isZero()
                || maxChars < 1
                || maxStringLength < 1
                || maxSequenceSize < 1
                || maxDepth < 1) {
            throw new IllegalArgumentException("render limits must be positive");
        }
    }

    /** A time limit and output size, with the default bounds for the rest. */
    public RenderLimits(Duration time, int maxChars) {
        this(
                time,
                maxChars,
                DEFAULT.maxStringLength(),
                DEFAULT.maxSequenceSize(),
                DEFAULT.maxDepth());
    }
}
