package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Liang's hyphenation over the shipped TeX patterns. */
class HyphenationTest {
    private static String hyphenated(String language, String word) {
        int[] at = Hyphenation.load(language).breaks(word);
        StringBuilder s = new StringBuilder(word);
        for (int i = at.length - 1; i >= 0; i--) {
            s.insert(at[i], '-');
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "en, decriminalization, de-crim-i-nal-iza-tion",
        "en, trafficking, traf-fick-ing",
        "en, organizations, or-ga-ni-za-tions",
        "en, hyphenation, hy-phen-ation",
        "en, associate, as-so-ciate", // from hyphen.tex's exception list
        "fr, décriminalisation, dé-cri-mi-na-li-sa-tion",
        "fr, organisation, or-ga-ni-sa-tion",
        "fr, l’exploitation, l’ex-ploi-ta-tion",
        "es, despenalización, des-pe-na-li-za-ción",
        "es, trabajadoras, tra-ba-ja-do-ras",
        "es, organización, or-ga-ni-za-ción",
        "pt, descriminalização, des-cri-mi-na-li-za-ção",
        "pt, trabalhadoras, tra-ba-lha-do-ras",
        "pt, organização, or-ga-ni-za-ção",
    })
    void knownWordsHyphenateInEachShippedLanguage(String language, String word, String expected) {
        assertThat(hyphenated(language, word)).isEqualTo(expected);
    }

    @Test
    void breaksLeaveTwoLettersBeforeAndThreeAfter() {
        for (String language : Hyphenation.languages()) {
            Hyphenation h = Hyphenation.load(language);
            for (String word : new String[] {"decriminalization", "organisation", "trabajadoras"}) {
                for (int at : h.breaks(word)) {
                    assertThat(at).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(word.length() - 3);
                }
            }
            assertThat(h.breaks("abcd")).isEmpty();
        }
    }

    @Test
    void everyShippedLanguageLoadsAndAnUnknownOneIsRefused() {
        assertThat(Hyphenation.languages()).containsExactly("en", "es", "fr", "pt");
        assertThat(Hyphenation.supports("de")).isFalse();
        assertThatThrownBy(() -> Hyphenation.load("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de");
    }

    @Test
    void theResultIsACopy() {
        Hyphenation h = Hyphenation.load("en");
        h.breaks("trafficking")[0] = 99;
        assertThat(h.breaks("trafficking")).containsExactly(4, 8);
    }
}
