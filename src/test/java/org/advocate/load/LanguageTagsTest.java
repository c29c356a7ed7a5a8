package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    @Test
    void knownLanguagesAndRegionsAreRead() {
        assertThat(LanguageTags.parse("en-US")).contains(Locale.US);
        assertThat(LanguageTags.parse("fr-FR")).contains(Locale.FRANCE);
        assertThat(LanguageTags.parse(" es ")).contains(Locale.of("es"));
        assertThat(LanguageTags.parse("pt-BR")).contains(Locale.of("pt", "BR"));
    }

    @Test
    void unknownOrMalformedTagsAreRefused() {
        for (String tag : new String[] {"klingon", "xx-YY", "fr-ZZ", "fr_FR", "", "en-", "123"}) {
            assertThat(LanguageTags.parse(tag)).as(tag).isEmpty();
        }
        assertThat(LanguageTags.problem("fr_FR")).contains("with a hyphen, not an underscore");
    }
}
