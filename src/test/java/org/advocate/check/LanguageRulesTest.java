package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.advocate.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The style rules of each shipped language other than English: at least five, each citing its
 * reference, each catching the words it is written for in that language's own text, and none
 * catching the library's own arguments in that language.
 */
class LanguageRulesTest {
    /** For each language, a sentence per rule that the rule must catch. */
    private static final Map<String, Map<String, String>> CAUGHT =
            Map.of(
                    "fr",
                    Map.of(
                            "fr-prostitution-enfantine", "La prostitution enfantine augmente.",
                            "fr-prostituee", "Les prostituées du quartier.",
                            "fr-prostitution", "La prostitution de rue.",
                            "fr-travail-du-sexe-commercial", "Le travail du sexe commercial.",
                            "fr-groupe-a-risque", "Les groupes à risque.",
                            "fr-vih-sida", "La lutte contre le VIH/sida.",
                            "fr-toxicomane", "Les toxicomanes.",
                            "fr-travail-du-sexe-est-traite",
                                    "Le travail du sexe est une forme de traite."),
                    "es",
                    Map.of(
                            "es-prostitucion-infantil", "La prostitución infantil crece.",
                            "es-prostituta", "Las prostitutas del barrio.",
                            "es-prostitucion", "La prostitución callejera.",
                            "es-trabajo-sexual-comercial", "El trabajo sexual comercial.",
                            "es-grupo-de-riesgo", "Los grupos de riesgo.",
                            "es-vih-sida", "La respuesta al VIH/SIDA.",
                            "es-drogadicto", "Los drogadictos.",
                            "es-trabajo-sexual-es-trata", "El trabajo sexual es trata."),
                    "pt",
                    Map.of(
                            "pt-prostituicao-infantil", "A prostituição infantil cresce.",
                            "pt-prostituta", "As prostitutas do bairro.",
                            "pt-prostituicao", "A prostituição de rua.",
                            "pt-grupo-de-risco", "Os grupos de risco.",
                            "pt-hiv-aids", "A resposta ao HIV/aids.",
                            "pt-drogado", "Os drogados.",
                            "pt-trabalho-sexual-e-trafico", "O trabalho sexual é tráfico."));

    @TempDir Path dir;

    private static List<TextRule> rules(String language) {
        return StyleRules.forLanguage(Library.builtIn(), Locale.forLanguageTag(language));
    }

    @Test
    void eachLanguageHasAtLeastFiveRulesEachWithAReference() {
        for (String language : CAUGHT.keySet()) {
            List<TextRule> rules = rules(language);
            assertThat(rules).as(language).hasSizeGreaterThanOrEqualTo(5);
            assertThat(rules).as(language).allSatisfy(r -> assertThat(r.reference()).isNotBlank());
            assertThat(rules.stream().map(TextRule::id).toList())
                    .as(language)
                    .containsExactlyInAnyOrderElementsOf(CAUGHT.get(language).keySet());
        }
    }

    @Test
    void eachRuleCatchesItsWordsAsTheFirstRuleToMatch() {
        for (var language : CAUGHT.entrySet()) {
            Linter linter = new Linter(rules(language.getKey()));
            for (var example : language.getValue().entrySet()) {
                List<Linter.Hit> hits = linter.lint(example.getValue() + "\n");
                assertThat(hits).as(example.getValue()).isNotEmpty();
                assertThat(hits.get(0).rule().id())
                        .as(example.getValue())
                        .isEqualTo(example.getKey());
            }
        }
    }

    @Test
    void quotedNamesOfOffencesPassAndOtherLanguagesAreNotChecked() {
        Linter fr = new Linter(rules("fr"));
        assertThat(fr.lint("L'infraction de « vivre des produits de la prostitution ».\n"))
                .isEmpty();
        assertThat(fr.lint("Les travailleuses du sexe et la traite des personnes.\n")).isEmpty();
        assertThat(rules("en")).isEmpty();
        assertThat(rules("de")).isEmpty();
    }

    @Test
    void aLibraryFolderReplacesALanguagesRules() throws IOException {
        Files.createDirectories(dir.resolve("style"));
        Files.writeString(
                dir.resolve("style/terms.fr.yaml"),
                "rules:\n  - id: maison\n    match: 'ONG'\n    message: écrivez l'association\n");
        List<TextRule> own = StyleRules.forLanguage(Library.withFolder(dir), Locale.FRANCE);
        assertThat(own).extracting(TextRule::id).containsExactly("maison");
    }
}
