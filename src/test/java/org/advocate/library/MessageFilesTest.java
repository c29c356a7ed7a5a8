package org.advocate.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.advocate.model.Messages;
import org.junit.jupiter.api.Test;

class MessageFilesTest {
    private static final Library LIBRARY = Library.builtIn();

    @Test
    void englishFrenchAndSpanishAreComplete() {
        for (String tag : new String[] {"en", "en-GB", "fr", "fr-CA", "es", "es-MX"}) {
            assertThat(LIBRARY.missingMessages(Locale.forLanguageTag(tag))).as(tag).isEmpty();
        }
        Messages en = LIBRARY.messages(Locale.ENGLISH);
        for (String tag : new String[] {"fr", "es"}) {
            Messages m = LIBRARY.messages(Locale.forLanguageTag(tag));
            assertThat(m.forms().keySet()).as(tag).isEqualTo(en.forms().keySet());
            assertThat(m.text("page")).as(tag).isNotEqualTo(en.text("page"));
        }
    }

    @Test
    void aNumberChoosesItsForm() {
        Messages fr = LIBRARY.messages(Locale.FRENCH);
        assertThat(fr.format("signedBy", Map.of("count", 1))).isEqualTo("Signé par 1 organisation");
        assertThat(fr.format("signedBy", Map.of("count", 2)))
                .isEqualTo("Signé par 2 organisations");
        assertThat(LIBRARY.messages(Locale.ENGLISH).format("enclosures", Map.of("count", 1)))
                .isEqualTo("Enclosure");
    }

    @Test
    void messagesAreSetTypographically() {
        // "Objet : {subject}" gets its no-break space before the colon, as the letter's text does.
        assertThat(LIBRARY.messages(Locale.FRENCH).format("subject", Map.of("subject", "X")))
                .isEqualTo("Objet\u00a0: X");
    }

    @Test
    void anotherLanguageFallsBackToEnglishAndSaysSo() {
        Locale german = Locale.GERMAN;
        assertThat(LIBRARY.messages(german).text("page"))
                .isEqualTo(LIBRARY.messages(Locale.ENGLISH).text("page"));
        assertThat(LIBRARY.missingMessages(german))
                .singleElement()
                .satisfies(p -> assertThat(p.origin()).isEqualTo("i18n/messages.de.yaml"));
    }
}
