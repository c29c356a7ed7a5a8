package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.advocate.output.LetterText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML page through the command line: its text is the letter's, in the letter's language. */
class HtmlComposeTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "amnesty-support",
                "amnesty-support-es",
                "amnesty-support-fr",
                "coalition-sign-on",
                "oppose-bill",
                "recommendations"
            })
    void thePageReadsAsTheExampleLetter(String example) throws IOException {
        String letter = "examples/" + example + "/letter.yaml";
        Cli.Result md = Cli.exec("compose", letter);
        Cli.Result html = Cli.exec("compose", letter, "-f", "html");
        assertThat(html.err()).doesNotContain("error");
        assertThat(html.code()).isZero();
        Document page = Jsoup.parse(html.out());
        assertThat(LetterText.normalize(page.body().text())).isEqualTo(LetterText.of(md.out()));
        String lang = page.selectFirst("html").attr("lang");
        assertThat(lang)
                .startsWith(example.endsWith("-es") ? "es" : example.endsWith("-fr") ? "fr" : "en");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aPageWrittenToAFileIsReplacedByTheNextComposeAndIsReproducible() throws IOException {
        Path out = dir.resolve("letter.html");
        String letter = ComposeCommandTest.EXAMPLE;
        assertThat(Cli.exec("compose", letter, "-o", out.toString()).code()).isZero();
        byte[] first = Files.readAllBytes(out);
        assertThat(Cli.exec("compose", letter, "-o", out.toString()).code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");

        // Edited by hand, it is someone else's.
        Files.writeString(out, "<!-- edited -->", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result again = Cli.exec("compose", letter, "-o", out.toString());
        assertThat(again.code()).isNotZero();
        assertThat(Files.readString(out)).endsWith("<!-- edited -->");
    }

    @Test
    void checkCoversHtml() {
        Cli.Result check = Cli.exec("check", ComposeCommandTest.EXAMPLE, "--for", "html");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    /**
     * Where Chromium is installed, the page loads in it headless with no console message (no policy
     * violation, no error), and the text of the page it builds is the letter's.
     */
    @Test
    void chromiumShowsThePageWithoutAnyConsoleMessage() throws Exception {
        String chromium = Executables.find("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(
                chromium != null, "chromium is not installed: page not checked in a browser");
        Path page = dir.resolve("letter.html");
        Cli.Result html = Cli.exec("compose", ComposeCommandTest.EXAMPLE, "-o", page.toString());
        assertThat(html.code()).isZero();
        Path log = dir.resolve("chromium.log");
        Process p =
                new ProcessBuilder(
                                List.of(
                                        chromium,
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--no-first-run",
                                        "--user-data-dir=" + dir.resolve("profile"),
                                        "--enable-logging=stderr",
                                        "--v=0",
                                        "--dump-dom",
                                        page.toUri().toString()))
                        .redirectError(log.toFile())
                        .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String messages =
                Files.readAllLines(log).stream()
                        .filter(l -> l.contains("CONSOLE") || l.contains("Content Security Policy"))
                        .reduce("", (a, b) -> a + b + "\n");
        assertThat(messages).isEmpty();
        String md = Cli.exec("compose", ComposeCommandTest.EXAMPLE).out();
        assertThat(LetterText.normalize(Jsoup.parse(dom).body().text()))
                .isEqualTo(LetterText.of(md));
    }
}
