package org.advocate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterCheckWordsTest {

    @Test
    void countsFromTheBodyMarkerToTheSourcesMarker() {
        String markdown =
                """
                <!-- advocate:section letterhead -->
                Example Network, 1 Main Street

                <!-- advocate:section body -->
                Dear Ms. Smith,

                We write *today* about [the law](https://example.org).
                <!-- advocate:section sources -->
                1. A title of many words, 2015
                """;
        // Dear Ms Smith We write today about the law https example org
        assertThat(LetterCheck.words(markdown)).isEqualTo(12);
    }

    @Test
    void withoutMarkersTheWholeTextCountsButComments() {
        assertThat(LetterCheck.words("one <!-- two three --> four\n<!-- five -->\nsix"))
                .isEqualTo(3);
        assertThat(LetterCheck.words("")).isZero();
        assertThat(LetterCheck.words("— * # 1. -- ...")).isEqualTo(1);
    }

    @Test
    void onlyOneOfTheMarkersCutsOnlyItsSide() {
        assertThat(LetterCheck.words("a b\n<!-- advocate:section body -->\nc d e")).isEqualTo(3);
        assertThat(LetterCheck.words("a b\n<!-- advocate:section sources -->\nc d e")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "don't|1",
                "l’état|1",
                "sex-worker-led|1",
                "2024|1",
                "e.g.|2",
                "Grüße Ελλάδα 東京|3",
                "HIV/AIDS|2",
                "'quoted'|1",
                "- list item|2",
            })
    void wordsAreRunsOfLettersAndDigitsWithApostrophesAndHyphens(String text, int words) {
        assertThat(LetterCheck.words(text)).isEqualTo(words);
    }
}
