package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.advocate.library.Library;
import org.junit.jupiter.api.Test;

/**
 * No English in a letter of another language. The measure is a stop-word ratio per paragraph: the
 * share of a paragraph's words that are English function words ("the", "and", "of", ...), counting
 * only words English alone has (not "a", "on", "an" or "or", which French, Spanish or Portuguese
 * also write). An English paragraph scores about 0.3; a French, Spanish or Portuguese one scores 0
 * unless English crept in. A paragraph fails above {@link #MAX_RATIO}.
 *
 * <p>Only the letter's body is measured, from the salutation to the closing: the letterhead,
 * address, sources and signatures are the user's data or titles of cited works, printed as written.
 * The user's data inside the body (the sender's and recipient's names) is removed before counting.
 * Measured: every shipped example in fr, es and pt, and each language's example composed with every
 * argument the library has in that language.
 */
class NoEnglishTest {
    /** The highest share of English function words a paragraph may have. */
    static final double MAX_RATIO = 0.04;

    private static final Set<String> ENGLISH =
            Set.of(
                    "the", "and", "of", "to", "is", "that", "with", "which", "we", "our", "this",
                    "are", "have", "from", "their", "they", "who", "would", "been", "be", "for",
                    "not", "it", "was", "were", "has", "will", "can", "by");

    /** The names the examples' letters and organizations give, which print as written. */
    private static final List<String> USER_DATA =
            List.of("Sex Workers Project", "SWP", "Amnesty International", "Salil Shetty");

    private static final List<String> LANGUAGES = List.of("fr", "es", "pt");

    /** The share of a paragraph's words that are English function words. */
    static double englishRatio(String paragraph) {
        String text = paragraph;
        for (String data : USER_DATA) {
            text = text.replace(data, " ");
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int count = 0;
        int english = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            count++;
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return count == 0 ? 0 : (double) english / count;
    }

    /** The paragraphs of a letter's body, from the salutation to the closing. */
    static List<String> bodyParagraphs(String markdown) {
        int start = markdown.indexOf("<!-- advocate:section body -->");
        int end = markdown.indexOf("<!-- advocate:section closing -->");
        assertThat(start).as("body section").isNotNegative();
        assertThat(end).as("closing section").isGreaterThan(start);
        List<String> out = new ArrayList<>();
        for (String p : markdown.substring(start, end).split("\n\n")) {
            if (!p.isBlank() && !p.startsWith("<!--")) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static void assertNoEnglish(String label, String markdown) {
        List<String> paragraphs = bodyParagraphs(markdown);
        assertThat(paragraphs).as(label).hasSizeGreaterThan(3);
        for (String p : paragraphs) {
            assertThat(englishRatio(p)).as(label + ": " + p).isLessThanOrEqualTo(MAX_RATIO);
        }
    }

    @Test
    void theMeasureTellsEnglishFromTheOtherLanguages() {
        assertThat(
                        englishRatio(
                                "Laws that punish the purchase of sex while leaving its sale"
                                        + " untouched are often promoted as a way to advance"
                                        + " gender equality."))
                .isGreaterThan(0.2);
        assertThat(englishRatio("Les lois qui punissent l'achat de services sexuels.")).isZero();
        assertThat(englishRatio("Las leyes que castigan la compra de servicios sexuales."))
                .isZero();
        assertThat(englishRatio("O Sex Workers Project saúda a decisão.")).isZero();
    }

    @Test
    void theExamplesOfEachLanguageHaveNoEnglishParagraph() {
        for (String language : LANGUAGES) {
            String example = "examples/amnesty-support-" + language + "/letter.yaml";
            Cli.Result result = Cli.exec("compose", example);
            assertThat(result.err()).isEmpty();
            assertNoEnglish(example, result.out());
        }
    }

    @Test
    void everyArgumentOfEachLanguageIsFreeOfEnglish() {
        Library library = Library.builtIn();
        for (String language : LANGUAGES) {
            List<String> args = new ArrayList<>(List.of("compose"));
            args.add("examples/amnesty-support-" + language + "/letter.yaml");
            int count = 0;
            for (String id : library.argumentIds()) {
                if (library.argumentLanguages(id).contains(language)) {
                    args.add("-a");
                    args.add(id);
                    count++;
                }
            }
            assertThat(count).as(language).isGreaterThanOrEqualTo(3);
            Cli.Result result = Cli.exec(args.toArray(String[]::new));
            assertThat(result.err()).as(language).isEmpty();
            assertNoEnglish(language + " with every argument", result.out());
        }
        // French and Spanish have every argument.
        assertThat(library.argumentIds())
                .allSatisfy(id -> assertThat(library.argumentLanguages(id)).contains("fr", "es"));
    }
}
