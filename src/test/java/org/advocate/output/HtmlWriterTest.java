package org.advocate.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.advocate.InputException;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.RenderedLetter;
import org.advocate.model.SectionMarkers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlWriterTest {
    static final String HOSTILE =
            String.join(
                    "\n\n",
                    SectionMarkers.marker("letterhead"),
                    "**Org <script>alert(1)</script>**",
                    SectionMarkers.marker("body"),
                    "<script>alert('block')</script>",
                    "Dear <img src=x onerror=alert(2)> friend,",
                    "[js](javascript:alert(3)) [ent](&#106;avascript:alert(4))"
                        + " [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)"
                        + " [rel](../secret) [vb](vbscript:x)",
                    "[quote](https://example.org/a\"onmouseover=\"alert(5) \"t\\\""
                            + " onclick=\\\"x\")",
                    "![remote](https://tracker.example/pixel.png) ![local](/etc/hosts)",
                    "<iframe"
                        + " src=\"https://example.org\"></iframe><style>body{display:none}</style>",
                    "<a href=\"javascript:alert(6)\">raw</a> <svg onload=alert(7)>",
                    "[ok](https://example.org/ok) [mail](mailto:info@example.org)",
                    "{ INCLUDETEXT \"x\" } DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe");

    @TempDir Path dir;

    @Test
    void hostileMarkdownCannotAddScriptElementsAttributesOrLoads() throws IOException {
        Document page = Jsoup.parse(html(letter(HOSTILE, null)));
        assertThat(page.select("script, iframe, object, embed, svg, form, base, link, style[src]"))
                .isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("img")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
            }
        }
        List<String> hrefs = page.select("a").eachAttr("href");
        assertThat(hrefs)
                .containsExactly(
                        "https://example.org/a%22onmouseover=%22alert(5)",
                        "https://example.org/ok", "mailto:info@example.org");
        // What was refused is still there to read, as text.
        assertThat(page.body().text())
                .contains("<script>alert('block')</script>", "js ent data file rel vb", "remote")
                .contains("<img src=x onerror=alert(2)>", "{ INCLUDETEXT \"x\" }");
    }

    @Test
    void thePolicyForbidsScriptsAndAllowsOnlyThePagesOwnStyleSheet() throws Exception {
        Document page = Jsoup.parse(html(letter(HOSTILE, null)));
        Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        String policy = csp.attr("content");
        assertThat(policy).startsWith("default-src 'none';").doesNotContain("script-src", "unsafe");
        String css = page.selectFirst("style").data();
        String hash =
                Base64.getEncoder()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src 'sha256-" + hash + "'");
        // The policy comes before anything it governs.
        assertThat(page.head().child(1)).isEqualTo(csp);
    }

    static Stream<Path> goldenLetters() throws IOException {
        return Files.list(Path.of("src/test/resources/golden"))
                .map(d -> d.resolve("letter.md"))
                .filter(Files::isRegularFile)
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("goldenLetters")
    void thePageReadsAsTheLetter(Path golden) throws IOException {
        String markdown = Files.readString(golden);
        Document page = Jsoup.parse(html(letter(markdown, null)));
        assertThat(LetterText.normalize(page.body().text())).isEqualTo(LetterText.of(markdown));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-US");
        assertThat(page.title()).isEqualTo("A letter");
        assertThat(page.select("header.section.letterhead")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void sectionsAreElementsWithTheirNamesWhateverTheNames() throws IOException {
        String md =
                String.join(
                        "\n\n",
                        "Before any marker.",
                        SectionMarkers.marker("letterhead"),
                        "**Org**",
                        SectionMarkers.marker("enclosures"),
                        "- the report",
                        SectionMarkers.marker("signatories"),
                        "Ana; Bo");
        Document page = Jsoup.parse(html(letter(md, null)));
        assertThat(page.select("article > *").eachAttr("class"))
                .containsExactly(
                        "section body",
                        "section letterhead",
                        "section enclosures",
                        "section signatories");
        assertThat(page.select(".enclosures ul li").text()).isEqualTo("the report");
        assertThat(page.selectFirst("header").className()).isEqualTo("section letterhead");
    }

    @Test
    void theLanguageAndDirectionComeFromTheLetter() throws IOException {
        Document page =
                Jsoup.parse(
                        html(
                                letter(
                                        "Hola",
                                        null,
                                        Locale.forLanguageTag("ar-EG"),
                                        LocalDate.of(2024, 1, 2))));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar-EG");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(Jsoup.parse(html(letter("Hi", null))).selectFirst("html").hasAttr("dir"))
                .isFalse();
    }

    @Test
    void theLogoIsInlinedFromItsFileAndTheSignatureGoesInTheClosing() throws IOException {
        Path logo = dir.resolve("logo.png");
        Files.write(logo, Images.PNG);
        String md =
                String.join(
                        "\n\n",
                        SectionMarkers.marker("letterhead"),
                        "**Org**",
                        SectionMarkers.marker("closing"),
                        "Yours,",
                        "Jo Doe");
        Document page = Jsoup.parse(html(letter(md, logo, logo)));
        assertThat(page.select("img").eachAttr("src"))
                .containsExactly(
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(Images.PNG),
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(Images.PNG));
        assertThat(page.select(".letterhead img.logo")).hasSize(1);
        assertThat(page.select(".closing > *").stream().map(Element::text).toList())
                .containsExactly("Yours,", "", "Jo Doe");
        assertThat(page.select(".closing > *").get(1).hasClass("signature")).isTrue();
    }

    @Test
    void aLogoThatIsNoImageIsAnInputErrorNamingTheField() throws IOException {
        Path logo = dir.resolve("logo.png");
        Files.writeString(logo, "<svg onload=alert(1)>");
        assertThatThrownBy(() -> html(letter("x", logo, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("organization.logo")
                .hasMessageContaining("not a PNG or JPEG image");
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        String md = Files.readString(Path.of("src/test/resources/golden/legislators/letter.md"));
        assertThat(html(letter(md, null))).isEqualTo(html(letter(md, null)));
    }

    static String html(RenderedLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(letter, OutputOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static RenderedLetter letter(String markdown, Path logo) {
        return letter(markdown, logo, null);
    }

    static RenderedLetter letter(String markdown, Path logo, Path signature) {
        return new RenderedLetter(
                markdown, metadata(Locale.US, LocalDate.of(2024, 3, 18), logo, signature));
    }

    static RenderedLetter letter(String markdown, Path logo, Locale locale, LocalDate date) {
        return new RenderedLetter(markdown, metadata(locale, date, logo, null));
    }

    static DocumentMetadata metadata(Locale locale, LocalDate date, Path logo, Path signature) {
        return new DocumentMetadata(
                "A letter",
                "Test Collective",
                "A letter",
                List.of("rights"),
                locale,
                date,
                "R. Reader",
                logo,
                signature,
                List.of(),
                org.advocate.library.Library.builtIn().messages(locale));
    }
}
