package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.advocate.output.Pdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter prints its fixed words in its language, in the PDF (footer, running header) and the
 * Markdown (subject line, headings), and its punctuation is typographic in both.
 */
class LocalizedLetterTest {
    private static final String EN = "examples/amnesty-support/letter.yaml";
    private static final String FR = "examples/amnesty-support-fr/letter.yaml";
    private static final String ES = "examples/amnesty-support-es/letter.yaml";
    private static final String SIGN_ON = "examples/coalition-sign-on/letter.yaml";

    @TempDir Path dir;

    private static List<String> pdfPages(String... args) throws IOException {
        Cli.Result result = Cli.exec(args);
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            return Pdfs.pageTexts(doc);
        }
    }

    @Test
    void eachLanguageHasItsOwnPageFooter() throws IOException {
        List<String> en = pdfPages("compose", EN, "-f", "pdf");
        List<String> fr = pdfPages("compose", FR, "-f", "pdf");
        List<String> es = pdfPages("compose", ES, "-f", "pdf");
        assertThat(en.get(0)).contains("Page 1 of " + en.size());
        for (int p = 0; p < fr.size(); p++) {
            assertThat(fr.get(p))
                    .contains("Page " + (p + 1) + " sur " + fr.size())
                    .doesNotContain(" of ");
        }
        for (int p = 0; p < es.size(); p++) {
            assertThat(es.get(p))
                    .contains("Página " + (p + 1) + " de " + es.size())
                    .doesNotContain("Page ");
        }
    }

    @Test
    void theMarkdownHasTheLanguagesSubjectLineAndHeadings() {
        String fr = Cli.exec("compose", FR).out();
        assertThat(fr).contains("**Objet\u00a0: ", "**Sources**").doesNotContain("Re:");
        String es = Cli.exec("compose", ES).out();
        assertThat(es).contains("**Asunto: ", "**Fuentes**").doesNotContain("Re:", "Sources");
        String en = Cli.exec("compose", EN, "--set", "subject=Decriminalization").out();
        assertThat(en).contains("**Re: Decriminalization**");
    }

    @Test
    void theSignatoryCountIsInTheLettersLanguage() {
        assertThat(Cli.exec("compose", SIGN_ON).out())
                .contains("**Signed by 45 organizations from 19 countries**");
        assertThat(Cli.exec("compose", SIGN_ON, "--set", "locale=fr-FR").out())
                .contains("**Signé par 45 organisations de 19 pays**");
        assertThat(Cli.exec("compose", SIGN_ON, "--set", "locale=es-ES").out())
                .contains("**Firmada por 45 organizaciones de 19 países**");
    }

    @Test
    void thePdfShowsTheTypographicPunctuationOfTheMarkdown() throws IOException {
        String en = String.join("\n", pdfPages("compose", EN, "-f", "pdf"));
        assertThat(en).contains("Amnesty International’s decision").doesNotContain("'s ");
        assertThat(Cli.exec("compose", EN).out()).contains("Amnesty International’s decision");
        String fr = String.join("\n", pdfPages("compose", FR, "-f", "pdf"));
        assertThat(fr).contains("d’Amnesty").doesNotContain("d'Amnesty");
    }

    /**
     * A library folder that adds German with files only: its messages, a support template and one
     * argument, as docs/languages.md describes.
     */
    private Path germanLibrary(String messages) throws IOException {
        Path library = dir.resolve("library");
        Files.createDirectories(library.resolve("i18n"));
        Files.createDirectories(library.resolve("arguments"));
        Files.writeString(library.resolve("i18n/messages.de.yaml"), messages);
        Files.writeString(
                library.resolve("support.de.md.ftl"),
                "<#import \"/lib/letter.ftl\" as l>\n<@l.letterhead/>\n<@l.date/>\n"
                        + "<@l.recipientBlock/>\n<@l.subject/>\n<@l.body/>\n"
                        + "Sehr geehrte Damen und Herren,\n\n<@l.argumentList/>\n"
                        + "<@l.signature/>\n<@l.sourceList/>\n");
        String buyers =
                new String(
                        LocalizedLetterTest.class
                                .getResourceAsStream("/letter-templates/arguments/buyers.md")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(
                library.resolve("arguments/buyers.de.md"),
                buyers.substring(0, buyers.lastIndexOf("---\n") + 4)
                        + "Gesetze, die den Kauf sexueller Dienstleistungen bestrafen, sollen die"
                        + " \"Nachfrage beenden\". Sie gefährden aber die Menschen, die sie"
                        + " schützen sollen.\n");
        return library;
    }

    @Test
    void aLibraryFolderAddsALanguageWithoutCode() throws IOException {
        String english =
                new String(
                        LocalizedLetterTest.class
                                .getResourceAsStream("/letter-templates/i18n/messages.en.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
        Path library =
                germanLibrary(
                        english.replace(
                                        "page: \"Page {page} of {pages}\"",
                                        "page: \"Seite {page} von {pages}\"")
                                .replace("sources: Sources", "sources: Quellen")
                                .replace(
                                        "subject: \"Re: {subject}\"",
                                        "subject: \"Betreff: {subject}\""));
        String[] german = {
            "--library", library.toString(), "--set", "locale=de-DE", "-a", "buyers"
        };
        List<String> pages = pdfPages(concat(new String[] {"compose", EN, "-f", "pdf"}, german));
        assertThat(pages.get(0)).contains("Seite 1 von " + pages.size());
        String md =
                Cli.exec(
                                concat(
                                        new String[] {"compose", EN},
                                        german,
                                        new String[] {"--set", "subject=Entkriminalisierung"}))
                        .out();
        assertThat(md)
                .contains("**Betreff: Entkriminalisierung**", "**Quellen**", "August 2015")
                .contains("Sehr geehrte Damen und Herren,", "Gesetze, die den Kauf")
                .doesNotContain("Laws that punish");
        // German sets its own quotation marks.
        assertThat(md).contains("„Nachfrage beenden“");
        // An argument the new language lacks stops the letter, naming the languages it has.
        Cli.Result mixed =
                Cli.exec(
                        concat(
                                new String[] {"compose", EN},
                                german,
                                new String[] {"-a", "migration"}));
        assertThat(mixed.code()).isNotZero();
        assertThat(mixed.out()).isEmpty();
        assertThat(mixed.err())
                .contains("argument 'migration' has no de text (it is written in: en, es, fr");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts)
                .flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
    }

    @Test
    void aMissingMessagePrintsInEnglishAndCheckSaysSo() throws IOException {
        Path library = germanLibrary("sources: Quellen\n");
        Cli.Result compose =
                Cli.exec(
                        "compose",
                        EN,
                        "--library",
                        library.toString(),
                        "--set",
                        "locale=de-DE",
                        "-a",
                        "buyers",
                        "--set",
                        "subject=X");
        assertThat(compose.err()).isEmpty();
        assertThat(compose.code()).isZero();
        assertThat(compose.out()).contains("**Quellen**", "**Re: X**");
        Cli.Result check =
                Cli.exec(
                        "check",
                        EN,
                        "--library",
                        library.toString(),
                        "--set",
                        "locale=de-DE",
                        "-a",
                        "buyers");
        assertThat(check.out())
                .contains(
                        library.resolve("i18n/messages.de.yaml")
                                + ": warning: subject: no message; the English one is used"
                                + " [messages]");
        Cli.Result none = Cli.exec("check", EN, "--set", "locale=it-IT");
        assertThat(none.code()).isNotZero();
        assertThat(none.out()).contains("template 'support' has no it text");
    }

    @Test
    void aMistakeInAMessagesFileNamesItsFileAndLine() throws IOException {
        Path library = dir.resolve("library");
        Files.createDirectories(library.resolve("i18n"));
        Path file = library.resolve("i18n/messages.fr.yaml");
        Files.writeString(
                file,
                "sources: Sources\nsoruces: Sources\npage: \"Page {page} sur {total}\"\n"
                        + "signedBy:\n  one: x\n  few: y\n  other: z\n");
        Cli.Result result = Cli.exec("compose", FR, "--library", library.toString());
        assertThat(result.code()).isNotZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains(file + ":2:1: soruces: unknown message (did you mean 'sources'?)")
                .contains(
                        file
                                + ":3:1: page: unknown placeholder {total}; this message takes"
                                + " {page}, {pages}")
                .contains(file + ":6:3: signedBy.few: unknown form");
    }
}
