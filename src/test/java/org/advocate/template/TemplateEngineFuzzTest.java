package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.advocate.TemplateFailure;

/**
 * Fuzzes the sandbox with hostile templates: whatever the text, rendering it either succeeds within
 * the output limit or fails with a one-line {@link TemplateFailure}; never another exception, never
 * a failure that only a last-resort catch stopped (out of memory, stack overflow), never a call
 * that runs far past the time limit or allocates far more than the small bounds allow. Plain {@code
 * mvn test} replays the inputs in {@code TemplateEngineFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn
 * test -Dtest=TemplateEngineFuzzTest} searches for more (docs/fuzzing.md).
 */
class TemplateEngineFuzzTest {
    /** Small bounds, so that the fuzzer runs into them often. */
    static final RenderLimits LIMITS =
            new RenderLimits(Duration.ofMillis(250), 20_000, 2_000, 2_000, 20);

    /** How far past the time limit a render may end (the watchdog ticks, GC, a slow machine). */
    static final Duration SLACK = Duration.ofSeconds(2);

    /**
     * The most a render may allocate in all: strings of 2,000 characters made over and over for a
     * quarter of a second come nowhere near; one unbounded built-in call does.
     */
    static final long MAX_ALLOCATED = 1L << 30;

    static final TemplateEngine ENGINE = new TemplateEngine(List.of(), LIMITS);

    static final Map<String, Object> MODEL =
            Map.of(
                    "name",
                    "Ana Σ ß",
                    "items",
                    List.of("a", "b", "c"),
                    "letter",
                    Map.of("title", "On *rights*", "date", "2026-03-08"),
                    "n",
                    3);

    /** Where an unexpected exception must not come from: the bounds themselves. */
    private static final Set<String> OURS =
            Set.of(
                    "freemarker.core.AddConcatExpression",
                    "freemarker.core.StringLiteral",
                    "freemarker.core.Range",
                    "freemarker.core.Strings",
                    "freemarker.core.Checked",
                    "freemarker.core.ResourceBounds");

    /** Pieces of FreeMarker templates, for the fuzzer to splice in. */
    @DictionaryEntries({
        "<#list ",
        " as i>",
        "</#list>",
        "<#assign s = ",
        "<#macro m>",
        "</#macro>",
        "<@m/>",
        "<#function f x>",
        "<#return ",
        "</#function>",
        "<#if ",
        "</#if>",
        "<#break>",
        "${",
        "}",
        "\"${s}${s}\"",
        " + ",
        " * ",
        "1..",
        "..<",
        "..*",
        "1..2000000000",
        "?left_pad(",
        "?right_pad(",
        "?join(",
        "?replace(",
        "?split(",
        "?chunk(",
        "?indent(",
        "?wrap(",
        "?truncate(",
        "?c",
        "?upper_case",
        "?lower_case",
        "?j_string",
        "?url",
        "?esc",
        "?size",
        "?reverse",
        "?sort",
        "?filter(x -> ",
        "?map(x -> ",
        "?eval",
        "?eval_json",
        "?number",
        "?interpret",
        "2000000000",
        "1e999999",
        "\"r\"",
        "$1",
        "ß",
        "Σ",
        "<#assign c>",
        "</#assign>",
        "name",
        "items",
        "(s)"
    })
    @FuzzTest(maxDuration = "5m")
    void anyTemplateRendersOrFailsWithinItsLimits(byte[] bytes) {
        if (bytes == null) {
            return;
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        long allocated = allocatedBytes();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long start = System.nanoTime();
        try {
            String out = ENGINE.renderSource("fuzz.md.ftl", source, 1, MODEL, Locale.US);
            assertThat(out.length()).isLessThanOrEqualTo(LIMITS.maxChars());
        } catch (TemplateFailure e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                assertThat(t)
                        .as("a bound was missed: %s", e.getMessage())
                        .isNotInstanceOf(Error.class)
                        .isNotInstanceOf(NegativeArraySizeException.class);
                if (t instanceof RuntimeException && t.getStackTrace().length > 0) {
                    String thrower = t.getStackTrace()[0].getClassName();
                    assertThat(
                                    OURS.contains(thrower)
                                            || thrower.startsWith("freemarker.core.Bounded"))
                            .as("the bounds threw %s", t)
                            .isFalse();
                }
            }
        }
        // Loading (and, while fuzzing, instrumenting) classes for the first time takes time and
        // memory that are not the render's.
        if (ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() == classes) {
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("a render ran far past its time limit")
                    .isLessThan(LIMITS.time().plus(SLACK));
            assertThat(allocatedBytes() - allocated)
                    .as("a render allocated far more than its bounds allow")
                    .isLessThan(MAX_ALLOCATED);
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
