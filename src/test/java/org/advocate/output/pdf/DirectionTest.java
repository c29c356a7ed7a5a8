package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;

class DirectionTest {
    private static final Font A = new Font(Font.HELVETICA, 10f);
    private static final Font B = new Font(Font.TIMES_ROMAN, 10f);

    private static List<String> visual(boolean rtl, TextRun... runs) {
        return Direction.visual(List.of(runs), rtl).stream().map(TextRun::text).toList();
    }

    private static TextRun run(String text, Font font) {
        return new TextRun(text, font, null, 0f, false);
    }

    @Test
    void arabicAndHebrewLettersAreRightToLeftLanguages() {
        assertThat(Direction.isRightToLeft(Locale.forLanguageTag("ar-LB"))).isTrue();
        assertThat(Direction.isRightToLeft(Locale.forLanguageTag("he"))).isTrue();
        assertThat(Direction.isRightToLeft(Locale.forLanguageTag("fa-IR"))).isTrue();
        assertThat(Direction.isRightToLeft(Locale.forLanguageTag("en-CA"))).isFalse();
        assertThat(Direction.isRightToLeft(Locale.forLanguageTag("th"))).isFalse();
    }

    @Test
    void aLeftToRightLineIsUntouched() {
        List<TextRun> runs = List.of(run("Signed by ", A), run("Κόκκινη", B));
        assertThat(Direction.visual(runs, false)).isSameAs(runs);
    }

    @Test
    void twoRightToLeftNamesSideBySideSwapPlaces() {
        // Logical: English, Arabic name, space, Hebrew name, English. In a left-to-right line the
        // two right-to-left names (with the space between them) are drawn right to left as a
        // whole: the Hebrew one is drawn first, on the left.
        assertThat(
                        visual(
                                false,
                                run("by ", A),
                                run("جمعية", B),
                                run(" ", A),
                                run("עמותת", B),
                                run(" today", A)))
                .containsExactly("by ", "עמותת", " ", "جمعية", " today");
    }

    @Test
    void aRightToLeftParagraphPutsItsFirstWordsOnTheRight() {
        // An Arabic letter with an English name: the line starts on the right.
        assertThat(visual(true, run("وقعت ", B), run("Harbour Light", A), run(" اليوم", B)))
                .containsExactly(" اليوم", "Harbour Light", "وقعت ");
    }

    @Test
    void aRunOfTwoDirectionsIsSplitWhereTheDirectionChanges() {
        assertThat(visual(false, run("by جمعية today", A)))
                .containsExactly("by ", "جمعية", " today");
    }
}
