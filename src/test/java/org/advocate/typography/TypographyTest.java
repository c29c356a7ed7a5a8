package org.advocate.typography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographyTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale DE = Locale.GERMAN;

    /** Shows the no-break spaces, which look like spaces. */
    private static String apply(String text, Locale locale) {
        return Typography.apply(text, locale).replace("\u202f", "~").replace("\u00a0", "_");
    }

    @Test
    void quotationMarksByLanguage() {
        String text = "They said \"stop\" and 'wait'.";
        assertThat(apply(text, EN)).isEqualTo("They said “stop” and ‘wait’.");
        assertThat(apply(text, FR)).isEqualTo("They said «~stop~» and “wait”.");
        assertThat(apply(text, ES)).isEqualTo("They said «stop» and “wait”.");
        assertThat(apply(text, DE)).isEqualTo("They said „stop“ and ‚wait‘.");
        assertThat(apply(text, Locale.forLanguageTag("en-GB")))
                .isEqualTo("They said “stop” and ‘wait’.");
    }

    @Test
    void apostrophesAreRightSingleQuotes() {
        assertThat(apply("don't, O'Brien, workers' rights, the '90s", EN))
                .isEqualTo("don’t, O’Brien, workers’ rights, the ’90s");
        assertThat(apply("l'accord d'aujourd'hui", FR)).isEqualTo("l’accord d’aujourd’hui");
    }

    @Test
    void quotationsAtEdgesAndAfterOpeningPunctuation() {
        assertThat(apply("\"Start\" (\"inside\") \u2014\"dash\"", EN))
                .isEqualTo("“Start” (“inside”) \u2014“dash”");
        assertThat(apply("\"Nested 'inner' words\"", EN)).isEqualTo("“Nested ‘inner’ words”");
        assertThat(apply("He said: \"No.\"", EN)).isEqualTo("He said: “No.”");
    }

    @Test
    void frenchSpacing() {
        assertThat(apply("Objet : la loi; vraiment? oui! Note:", FR))
                .isEqualTo("Objet_: la loi~; vraiment~? oui~! Note_:");
        assertThat(apply("« texte »", FR)).isEqualTo("«~texte~»");
        assertThat(apply("«texte»", FR)).isEqualTo("«~texte~»");
        assertThat(apply("\" texte \"", FR)).isEqualTo("«~texte~»");
        assertThat(apply("\"Non !\"", FR)).isEqualTo("«~Non~!~»");
        // Times and the like keep their colon; "?!" takes one space.
        assertThat(apply("à 10:30, quoi?!", FR)).isEqualTo("à 10:30, quoi~?!");
        // English keeps its spacing.
        assertThat(apply("Re: now; why? go!", EN)).isEqualTo("Re: now; why? go!");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2010-2015|2010–2015",
                "pp. 3-5.|pp. 3–5.",
                "(1990-95)|(1990–95)",
                "ages 18-24,|ages 18–24,",
                "call 555-1234|call 555-1234",
                "2026-12-02|2026-12-02",
                "212-555-0100|212-555-0100",
                "EIN 12-3456789|EIN 12-3456789",
                "5-3|5-3",
                "A4-5|A4-5",
                "3-5x|3-5x",
                "1.5-2|1.5-2",
                "10-05|10-05",
            })
    void enDashesOnlyInNumberRanges(String text, String expected) {
        assertThat(apply(text, EN)).isEqualTo(expected);
    }

    @Test
    void ellipsisForThreeDotsOnly() {
        assertThat(apply("Wait... and.... stop..", EN)).isEqualTo("Wait… and.... stop..");
    }

    @Test
    void addressesStayAsWritten() {
        String text =
                "See https://example.org/a-b's/\"x\"?q=1-5... or www.example.org/'y' or"
                        + " o'hara@example.org!";
        assertThat(apply(text, FR)).isEqualTo(text);
        assertThat(apply(text, EN)).isEqualTo(text);
    }

    @Test
    void straySignsStay() {
        assertThat(apply("a \" b ' c", EN)).isEqualTo("a \" b ' c");
        assertThat(apply("\"", EN)).isEqualTo("\"");
    }

    @Test
    void typographicTextIsAFixedPoint() {
        for (Locale locale : new Locale[] {EN, FR, ES, DE}) {
            String once =
                    Typography.apply("\"Quote\" l'accord, 2010-2015... Objet : oui? « x »", locale);
            assertThat(Typography.apply(once, locale)).as("%s", locale).isEqualTo(once);
        }
    }
}
