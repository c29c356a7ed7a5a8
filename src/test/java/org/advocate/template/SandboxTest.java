package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
    }

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
    void interpretCannotReachClassesEither() {
        assertRefused(
                "<#assign t = \"${'freemarker.template.utility.Execute'?new()('touch "
                        + marker
                        + "')}\"?interpret><@t/>",
                "Execute");
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

    @Test
    void endlessLoopsAreStoppedByTheTimeLimit() {
        assertRefused("<#list 1.. as i>${i?c}</#list>", "larger than");
        assertRefused("<#list 1.. as i><#assign x = i></#list>", "longer than");
        assertRefused("<#list 1.. as i></#list>", "longer than");
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
        assertRefused("<#list 1.. as i></#list>", "longer than");
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
}
