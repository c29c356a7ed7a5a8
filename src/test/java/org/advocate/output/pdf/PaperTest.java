package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaperTest {
    @ParameterizedTest
    @ValueSource(
            strings = {"en-US", "es-US", "en-CA", "fr-CA", "es-MX", "fil-PH", "es-CL", "es-CO"})
    void northAndSomeOfSouthAmericaAndThePhilippinesUseLetter(String tag) {
        assertThat(Paper.forLocale(Locale.forLanguageTag(tag))).isEqualTo(Paper.LETTER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "ja-JP", "en-AU", "es-AR", "en", "fr",
                ""
            })
    void everywhereElseAndALanguageWithoutACountryUseA4(String tag) {
        assertThat(Paper.forLocale(Locale.forLanguageTag(tag))).isEqualTo(Paper.A4);
    }
}
