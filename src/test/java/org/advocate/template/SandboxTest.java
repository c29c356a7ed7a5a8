package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.TemplateFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per sandbox rule of DESIGN.md §5: each hostile template fails, nothing runs. */
class SandboxTest {
    @TempDir Path dir;
    Path marker;
    TemplateEngine engine;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        marker = dir.resolve("pwned");
        engine =
                new TemplateEngine(
                        List.of(dir.resolve("templates")),
                        new RenderLimits(Duration.ofMillis(500), 100_000));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        if (patient != null) {
            patient.close();
        }
    }

    /** The default bounds, with a clock too slow to matter: only the bounds can stop a render. */
    TemplateEngine patient;

    private int count;

    /** Renders the source as a new template file (the engine caches templates by name). */
    private String render(String source) throws IOException {
        String name = "evil" + (++count) + ".md.ftl";
        Files.writeString(dir.resolve("templates").resolve(name), source);
        return engine.render(name, Map.of("name", "x"), Locale.US);
    }

    private void assertRefused(String source, String messagePart) {
        assertThatThrownBy(() -> render(source))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageMatching("(?s).*evil\\d+\\.md\\.ftl.*")
                .hasMessageContaining(messagePart);
        assertThat(marker).doesNotExist();
    }

    @Test
    void newBuiltInCannotInstantiateClasses() {
        assertRefused(
                "${'freemarker.template.utility.Execute'?new()('touch " + marker + "')}",
                "Execute");
        assertRefused(
                "<#assign c = 'freemarker.template.utility.ObjectConstructor'?new()>"
                        + "${c('java.lang.ProcessBuilder', ['touch', '"
                        + marker
                        + "']).start()}",
                "ObjectConstructor");
    }

    @Test
    void classNameBuiltFromPiecesIsStillRefused() {
        assertRefused(
                "<#assign n = 'FREEMARKER.TEMPLATE.UTILITY.EXECUTE'?lower_case>"
                        + "${n?new()('touch "
                        + marker
                        + "')}",
                ":1:");
    }

    @Test
    void apiBuiltInIsDisabled() {
        assertRefused("${name?api.getClass()}", "api");
    }

    @Test
    void interpretIsRefused() {
        // An interpreted template would skip the checks every loaded template gets.
        assertRefused(
                "<#assign t = \"${'freemarker.template.utility.Execute'?new()('touch "
                        + marker
                        + "')}\"?interpret><@t/>",
                ".md.ftl:1:14: ?interpret is not available");
        assertRefused(
                "<#assign t = \"<#outputformat 'HTML'>${name}</#outputformat>\"?interpret><@t/>",
                "?interpret is not available");
        assertRefused("${\"'x'?interpret\"?eval}", "?eval is not available");
    }

    @Test
    void attemptIsRefused() {
        assertRefused("x\n<#attempt>${name}<#recover>y</#attempt>", ".md.ftl:2:1: <#attempt>");
    }

    @Test
    void includeCannotLeaveTheTemplateFolder() throws IOException {
        Files.writeString(dir.resolve("secret.ftl"), "SECRET");
        assertRefused("<#include '../secret.ftl'>", ".md.ftl:1:");
        assertRefused("<#include '/etc/passwd'>", ".md.ftl:1:");
    }

    @Test
    void includeCannotFollowASymlinkOutOfTheFolder() throws IOException {
        Files.writeString(dir.resolve("secret.ftl"), "SECRET");
        Files.createSymbolicLink(dir.resolve("templates/link.ftl"), dir.resolve("secret.ftl"));
        assertThatThrownBy(() -> render("<#include 'link.ftl'>"))
                .isInstanceOf(TemplateFailure.class)
                .message()
                .doesNotContain("SECRET");
    }

    @Test
    void outputFormatCannotBeSwitchedInTheHeader() {
        assertRefused("<#ftl output_format='HTML'>${name}", "output format");
    }

    @Test
    void outputFormatCannotBeSwitchedByABlock() {
        assertRefused("x\n<#outputformat 'HTML'>${name}</#outputformat>", ".md.ftl:2:1");
        assertRefused("<#outputformat 'plainText'>${name}</#outputformat>", "output format");
    }

    @Test
    void theTimeOfRenderingIsNotAvailable() throws IOException {
        // Letters are reproducible: the same input makes the same bytes on every run.
        assertRefused("Sent ${.now}", ".md.ftl:1:6: .now");
        assertRefused("x\n<#if .now??>y</#if>", ".md.ftl:2:1");
        assertRefused("<#assign t = .now>${t?string}", "not available");
        assertRefused("<#setting locale='fr'>${.now?date}", ".now");
        // In plain text it is just text.
        assertThat(render("Visit example.now or say .now in prose.")).contains(".now in prose");
    }

    @Test
    void autoEscapingCannotBeTurnedOff() {
        assertRefused("<#noautoesc>${name}</#noautoesc>", ".md.ftl:1:");
        assertRefused("<#ftl auto_esc=false>${name}", ".md.ftl:1:");
    }

    @Test
    void noEscPrintsNothingUnescapedBecauseItIsRefused() throws IOException {
        String out;
        try {
            out = render("${'**x**'?no_esc}");
        } catch (TemplateFailure expected) {
            return;
        }
        // If FreeMarker allows ?no_esc of a literal, it is the template author's own markup.
        assertThat(out).isEqualTo("**x**");
    }

    /** A trillion short steps: only the clock stops it. */
    static final String SLOW = "<#list 1..1000000 as i><#list 1..1000000 as j></#list></#list>";

    @Test
    void endlessLoopsAreStoppedByTheTimeLimit() {
        // An endless list of output meets the output limit, or on a busy machine the clock first.
        assertThatThrownBy(() -> render("<#list 1.. as i>${i?c}</#list>"))
                .isInstanceOf(TemplateFailure.class)
                .hasMessageMatching("(?s).*evil\\d+\\.md\\.ftl.*(larger|longer) than.*");
        assertRefused(SLOW, "longer than");
        assertRefused(
                "<#list 1..1000000 as i><#list 1..1000000 as j><#assign x = j></#list></#list>",
                "longer than");
        assertRefused(
                "<#macro m n><#if n gt 0><@m n - 1/><@m n - 1/></#if></#macro><@m 60/>",
                "longer than");
        assertRefused(
                "${(1..1000000)?filter(i -> (1..1000000)?filter(j -> false)?size > 0)?size}",
                "longer than");
    }

    @Test
    void runawayRecursionIsAnError() {
        assertRefused("<#macro m><@m/></#macro><@m/>", "recursion");
        assertRefused("<#function f n><#return f(n + 1)></#function>${f(1)}", "recursion");
    }

    @Test
    void stringDoublingHitsALimit() {
        assertRefused(
                "<#assign s = 'xxxxxxxxxx'><#list 1..40 as i><#assign s = s + s></#list>${s}", "");
    }

    @Test
    void theEngineStillWorksAfterAFailure() throws IOException {
        assertRefused(SLOW, "longer than");
        assertThat(render("Hello ${name}")).isEqualTo("Hello x");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void dataCannotReachJavaObjects() throws IOException {
        assertRefused("${name.class}", ".md.ftl:1:");
        assertRefused("${name.getClass()}", ".md.ftl:1:");
    }

    @Test
    void missingValuesNameTheExpressionAndPosition() {
        assertRefused("Hello\n  ${recipient.nmae}", ".md.ftl:2:5: 'recipient' is missing");
    }

    // Every resource a template can take is bounded inside the engine (DESIGN.md §5): each of these
    // fails on its bound, before the memory is taken, far within the time limit.

    /** Renders with the default bounds and fails on one of them, quickly and without the memory. */
    private void assertBounded(String source, String where, String operation) {
        if (patient == null) {
            patient =
                    new TemplateEngine(
                            List.of(dir.resolve("templates")),
                            new RenderLimits(
                                    Duration.ofSeconds(30),
                                    RenderLimits.DEFAULT.maxChars(),
                                    RenderLimits.DEFAULT.maxStringLength(),
                                    RenderLimits.DEFAULT.maxSequenceSize(),
                                    RenderLimits.DEFAULT.maxDepth()));
        }
        String name = "evil" + (++count) + ".md.ftl";
        long allocatedBefore = allocatedBytes();
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        assertThatThrownBy(
                        () -> {
                            Files.writeString(dir.resolve("templates").resolve(name), source);
                            patient.render(name, Map.of("name", "x"), Locale.US);
                        })
                .isInstanceOf(TemplateFailure.class)
                .hasMessageMatching(
                        "[^\n]*" + name.replace(".", "\\.") + ":" + where + ":\\d+: [^\n]*")
                .hasMessageContaining(operation)
                .hasMessageMatching("(?s).*(the limit of|too long).*");
        // Stopped by the engine's own limit, long before the 30 s clock: measured as this
        // thread's CPU time, which a busy machine does not inflate as it does wall time.
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
        assertThat(Duration.ofNanos(cpu)).isLessThan(Duration.ofSeconds(3));
        // The largest bounded value is a million characters (2 MB), a few times over at most.
        assertThat(allocatedBytes() - allocatedBefore).isLessThan(256L << 20);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    @Test
    void paddingIsBounded() {
        assertBounded(
                "${\"\"?left_pad(2000000000)}",
                "1",
                "?left_pad would make a string of 2000000000 characters, over the limit of"
                        + " 1000000");
        assertBounded("Dear ${name},\n\n${name?right_pad(2000000000, \"ab\")}", "3", "?right_pad");
        assertBounded("${name?leftPad(1000001)}", "1", "?leftPad");
        assertBounded("${\"\\n\"?left_pad(100000)?indent(\"x\"?left_pad(100000))}", "1", "?indent");
        assertBounded("${''?left_pad(400000, 'a ')?wrap(1, '', 'x'?left_pad(100))}", "1", "?wrap");
        assertBounded("${\"abcdef\"?truncate(3, \"...\", 2000000000)}", "1", "?truncate");
    }

    @Test
    void repetitionAndConcatenationAreBounded() {
        String doubling =
                "<#assign s = 'xxxxxxxxxx'>\n<#list 1..40 as i>\n<#assign s = %s>\n</#list>${s}";
        assertBounded(
                doubling.formatted("s + s"), "3", "+ would make a string of 1310720 characters");
        assertBounded(
                "<#assign s = 'xxxxxxxxxx'><#list 1..40 as i><#assign s += s></#list>", "1", "+");
        assertBounded(doubling.formatted("\"${s}${s}\""), "3", "the string \"...${...}...\"");
        assertBounded(doubling.formatted("s?esc + s?esc"), "3", "+");
        assertBounded(doubling.formatted("s?ensure_ends_with(s + 'y')"), "3", "?ensure_ends_with");
        assertBounded(doubling.formatted("(s + '\"')?j_string"), "3", "?j_string");
        assertBounded(
                "${''?left_pad(600000, 'ß')?upper_case?length}",
                "1",
                "?upper_case would take too long");
        assertBounded(
                "${''?left_pad(40000, 'Σ')?lower_case?length}",
                "1",
                "?lower_case would take too long");
        assertBounded(doubling.formatted("s?c"), "3", "?c");
        assertBounded(
                "<#assign c><#list 1.. as i>xxxxxxxxxx</#list></#assign>",
                "1",
                "<#assign> would capture");
    }

    @Test
    void joinIsBounded() {
        assertBounded("${(1..1000000)?join('xxxxxxxxxx')}", "1", "?join would make a string of");
        assertBounded(
                "<#assign s = ''?left_pad(100000)>${[s, s, s, s, s, s, s, s, s, s, s]?join('')}",
                "1",
                "?join");
        assertBounded("${(1..100000)?map(i -> 'xxxxxxxxxxx')?join('')}", "1", "?join");
    }

    @Test
    void sequencesAndRangesAreBounded() {
        assertBounded(
                "${(1..2000000000)?size}",
                "1",
                "the range 1..2000000000 would make a sequence of 2000000000 items");
        assertBounded("${(1..2000000000)?reverse?first}", "1", "the range");
        assertBounded("${(0..<2000000000)?sort?first}", "1", "the range");
        assertBounded("${(1..*2000000000)?join(',')}", "1", "the range");
        assertBounded(
                "<#list 1.. as i></#list>",
                "1",
                "listing the range 1.. went past the limit of 1000000 items");
        assertBounded("${(1..)?filter(i -> false)?first!'none'}", "1", "went past the limit");
        assertBounded(
                "<#assign q = [1]>\n<#list 1..40 as i><#assign q = q + q></#list>",
                "2",
                "+ would make a sequence");
        assertBounded("<#assign q = []><#list 1..40 as i><#assign q = q + q></#list>", "1", "+");
        assertBounded(
                "<#assign h = {'a': 1}><#list 1..40 as i><#assign h = h + h></#list>", "1", "+");
        assertBounded("${','?left_pad(1000000, ',')?split(',')?size}", "1", "?split");
    }

    @Test
    void replaceAndChunkExpansionAreBounded() {
        assertBounded(
                "${'x'?left_pad(1000000)?replace('', 'yy')}",
                "1",
                "?replace would make a string of 3000002 characters");
        assertBounded("${'x'?left_pad(500000, 'x')?replace('x', 'xyz')}", "1", "?replace");
        assertBounded("${'x'?left_pad(500000)?replace('(.+)', '$1$1$0', 'r')}", "1", "?replace");
        assertBounded(
                "${[1, 2, 3]?chunk(2000000000, 0)?first?size}",
                "1",
                "?chunk would make a sequence of 2000000000 items");
    }

    @Test
    void recursionIsBounded() {
        assertBounded(
                "\n<#macro m><@m/></#macro><@m/>",
                "2",
                "macro m is nested more than the limit of 200 calls deep");
        assertBounded(
                "<#function f n><#return f(n + 1)></#function>${f(1)}",
                "1",
                "function f is nested more");
        assertBounded(
                "<#macro a><@b/></#macro><#macro b><@a/></#macro><@a/>",
                "1",
                "calls deep (runaway recursion?)");
        assertBounded(
                "${''?left_pad(20000, '[')?eval_json}",
                "1",
                "?eval_json would nest 20000 levels deep");
        assertBounded(
                "<#assign h = {'a': 1}><#list 1..20000 as i><#assign h = h + {'k':"
                        + " i}></#list>${h.b!}",
                "1",
                "+ would join more than the limit of 2000 hashes");
    }

    @Test
    void parsingIsBounded() {
        // FreeMarker's parser takes time exponential in how deep brackets nest around ranges and
        // calls with an error inside (14 levels: half a minute), and cannot be interrupted.
        String deep = "(1..2?x(".repeat(14);
        long start = System.nanoTime();
        assertRefused(
                "Hello\n${" + deep + "}", ".md.ftl: the template took longer than 500 ms to parse");
        assertThatThrownBy(() -> engine.renderSource("arg.md", "${" + deep, 3, Map.of(), Locale.US))
                .isInstanceOf(TemplateFailure.class)
                .hasMessage(
                        "arg.md: the template took longer than 500 ms to parse (brackets nested"
                                + " deep around an error?)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        // ?eval would parse while rendering, out of reach of the parse time limit.
        assertRefused("<#assign e = 'e?eval'>${e?eval}", ".md.ftl:1:25: ?eval is not available");
    }

    @Test
    void numbersAreBounded() {
        assertBounded(
                "${'1e999999999'?number?c}",
                "1",
                "?number would make a number of 1000000000 digits");
        assertBounded(
                "<#assign x = 1.1><#list 1..30 as i><#assign x = x * x></#list>",
                "1",
                "* would make a number");
        assertBounded("${'[1e999999999]'?eval_json[0]}", "1", "?eval_json");
    }

    @Test
    void ordinaryTemplatesStayWithinTheBounds() throws IOException {
        assertThat(
                        render(
                                "${name?left_pad(3, '.')}|${[1, 2]?join(',"
                                    + " ')}|${'a,b'?split(',')?size}|${name +"
                                    + " name}|${'${name}${name}'}|${(1..3)?reverse?join('')}|<#list"
                                    + " 1.. as i>${i}<#if i =="
                                    + " 3><#break></#if></#list>|${'abc'?replace('(.)', '$1$1',"
                                    + " 'r')}|${1.5 * 2}"))
                .isEqualTo("..x|1, 2|2|xx|xx|321|123|aabbcc|3");
    }
}
