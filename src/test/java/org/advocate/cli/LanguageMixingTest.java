package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter draws every paragraph from its own language: an argument written only in another
 * language stops compose and check, naming the argument and its languages, unless the letter says
 * {@code fallback: en}; prose fields written per language pick the letter's language.
 */
class LanguageMixingTest {
    private static final String FR = "examples/amnesty-support-fr/letter.yaml";

    @TempDir Path dir;

    /** A library folder with one argument written in English only. */
    private Path englishOnlyLibrary() throws IOException {
        Path library = dir.resolve("library");
        Files.createDirectories(library.resolve("arguments"));
        Files.writeString(
                library.resolve("arguments/local-outreach.md"),
                "---\n"
                        + "id: local-outreach\n"
                        + "title: Outreach\n"
                        + "summary: Our outreach.\n"
                        + "tags: [outreach]\n"
                        + "sources:\n"
                        + "  - author: City Health Board\n"
                        + "    title: Outreach Report\n"
                        + "    kind: report\n"
                        + "---\n"
                        + "Our outreach workers meet hundreds of people every month.\n");
        return library;
    }

    /** The French example, copied beside its organization, with extra lines. */
    private Path frenchLetter(String extra) throws IOException {
        Files.copy(
                Path.of("examples/amnesty-support-fr/organization.yaml"),
                dir.resolve("organization.yaml"));
        Path letter = dir.resolve("letter.yaml");
        Files.writeString(letter, Files.readString(Path.of(FR)) + extra);
        return letter;
    }

    @Test
    void theFrenchExampleTakesEveryArgumentInFrench() {
        Cli.Result result = Cli.exec("compose", FR, "-a", "buyers", "-a", "third-parties");
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("Les lois qui punissent l’achat", "Les lois larges contre les tiers")
                .doesNotContain("Laws that punish", "Broad laws against third parties");
    }

    @Test
    void anArgumentOnlyInEnglishStopsAFrenchLetterInComposeAndCheck() throws IOException {
        Path library = englishOnlyLibrary();
        Cli.Result compose =
                Cli.exec("compose", FR, "--library", library.toString(), "-a", "local-outreach");
        assertThat(compose.code()).isNotZero();
        assertThat(compose.out()).isEmpty();
        assertThat(compose.err())
                .contains(
                        "--argument local-outreach: arguments: argument 'local-outreach' has no fr"
                                + " text (it is written in: en)")
                .contains("fallback: en");
        Cli.Result check =
                Cli.exec("check", FR, "--library", library.toString(), "-a", "local-outreach");
        assertThat(check.code()).isNotZero();
        assertThat(check.out()).contains("argument 'local-outreach' has no fr text");
    }

    @Test
    void theLetterLineNamesTheArgumentWhenTheLetterListsIt() throws IOException {
        Path library = englishOnlyLibrary();
        Path letter = frenchLetter("  - local-outreach\n");
        Cli.Result compose =
                Cli.exec("compose", letter.toString(), "--library", library.toString());
        assertThat(compose.code()).isNotZero();
        int line = Files.readAllLines(letter).indexOf("  - local-outreach") + 1;
        assertThat(compose.err())
                .contains(
                        letter
                                + ":"
                                + line
                                + ":5: arguments: argument 'local-outreach' has no fr text");
    }

    @Test
    void fallbackEnglishPrintsTheArgumentWithAWarningPerParagraph() throws IOException {
        Path library = englishOnlyLibrary();
        Path letter = frenchLetter("  - local-outreach\nfallback: en\n");
        Cli.Result compose =
                Cli.exec("compose", letter.toString(), "--library", library.toString());
        assertThat(compose.code()).isZero();
        assertThat(compose.out())
                .contains("Our outreach workers meet", "Les sanctions pénales font de la police");
        assertThat(compose.err())
                .contains("argument 'local-outreach' prints in en (fallback): it has no fr text");
        Cli.Result check = Cli.exec("check", letter.toString(), "--library", library.toString());
        assertThat(check.out())
                .contains("warning: arguments: argument 'local-outreach' prints in en");
        // A fallback the argument is not written in helps nothing.
        Path german = dir.resolve("de.yaml");
        Files.writeString(german, Files.readString(letter).replace("fallback: en", "fallback: de"));
        assertThat(Cli.exec("compose", german.toString(), "--library", library.toString()).err())
                .contains("argument 'local-outreach' has no fr text");
    }

    @Test
    void anOccasionWrittenPerLanguageTakesTheLettersLanguage() throws IOException {
        Path letter = frenchLetter("").resolveSibling("letter.yaml");
        String text =
                Files.readString(letter)
                        .replaceAll(
                                "(?m)^occasion: .*$",
                                "occasion:\n  en: the decision to support decriminalization\n"
                                        + "  fr: la décision de soutenir la décriminalisation");
        Files.writeString(letter, text);
        String md = Cli.exec("compose", letter.toString()).out();
        assertThat(md)
                .contains("salue la décision de soutenir la décriminalisation")
                .doesNotContain("the decision to support");
        Files.writeString(
                letter, text.replace("  fr: la décision de soutenir la décriminalisation\n", ""));
        Cli.Result onlyEnglish = Cli.exec("compose", letter.toString());
        assertThat(onlyEnglish.out())
                .contains("salue votre engagement en faveur des droits humains")
                .doesNotContain("the decision to support");
        Cli.Result check = Cli.exec("check", letter.toString());
        assertThat(check.out())
                .contains("warning: occasion: has no fr text (it is written in: en)");
    }

    @Test
    void servicesWrittenPerLanguageTakeTheLettersLanguage() throws IOException {
        Path letter = frenchLetter("");
        Path org = dir.resolve("organization.yaml");
        Files.writeString(
                org,
                Files.readString(org)
                        .replaceAll(
                                "(?m)^services: .*$",
                                "services:\n  en: supporting people in the sex trade\n"
                                        + "  es: apoyar a las personas del comercio sexual\n"
                                        + "  fr: soutenir les personnes du commerce du sexe"));
        assertThat(Cli.exec("compose", letter.toString()).out())
                .contains("notre action consiste à soutenir les personnes du commerce du sexe")
                .doesNotContain("supporting people", "apoyar a las");
        Cli.Result bad = Cli.exec("compose", letter.toString(), "--set", "locale=xx-YY");
        assertThat(bad.code()).isNotZero();
    }
}
