package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;

/** The total-fit line breaker, on runs of the serif face at 11 pt. */
class LineBreakerTest {
    private static final Font SERIF = FontSet.standard().font(Face.SERIF, 11f, Color.BLACK);
    private static final float SPACE = SERIF.getBaseFont().getWidthPoint(" ", 11f);
    private static final String TEXT =
            "Criminalization pushes people who sell sex into isolation, away from health services"
                + " and the police, and makes it harder for trafficking victims to come forward."
                + " Decriminalization, with the labour protections that other workers already have,"
                + " is the approach that community organizations have recommended for years,"
                + " because it lets people report violence and exploitation safely.";

    private static List<Line> lines(String text, float width, boolean justify, String lang) {
        LineBreaker breaker = new LineBreaker(lang == null ? null : Hyphenation.load(lang));
        return breaker.lines(List.of(new TextRun(text, SERIF, null, 0f, true)), width, justify);
    }

    /** The widest word space of a justified line, as a multiple of a natural space. */
    private static float gap(Line line, float width) {
        long spaces = line.text().chars().filter(c -> c == ' ').count();
        return spaces == 0 ? 1f : 1f + (width - line.width()) / spaces / SPACE;
    }

    @Test
    void everyLineFitsAndOnlyTheLastIsNotJustified() {
        for (float width : new float[] {200f, 260f, 352f}) {
            List<Line> lines = lines(TEXT, width, true, "en");
            assertThat(lines).hasSizeGreaterThan(2);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                assertThat(line.width()).isLessThanOrEqualTo(width);
                assertThat(line.justify()).isEqualTo(i < lines.size() - 1);
            }
            String joined = String.join("\n", lines.stream().map(Line::text).toList());
            assertThat(joined.replaceAll("-\n", "").replace("\n", " ")).isEqualTo(TEXT);
        }
    }

    @Test
    void hyphenationKeepsGapsUnderTheLimitWhereGreedyBreakingCouldNot() {
        float width = 200f;
        for (Line line : lines(TEXT, width, true, "en")) {
            if (line.justify()) {
                assertThat(gap(line, width))
                        .as(line.text())
                        .isLessThanOrEqualTo(LineBreaker.MAX_GAP);
            }
        }
        boolean hyphenated = lines(TEXT, width, true, "en").stream().anyMatch(Line::hyphenated);
        assertThat(hyphenated).isTrue();
    }

    @Test
    void neverMoreThanTwoHyphenatedLinesInARow() {
        for (float width = 120f; width < 300f; width += 7f) {
            int run = 0;
            for (Line line : lines(TEXT, width, true, "en")) {
                run = line.hyphenated() ? run + 1 : 0;
                assertThat(run).as("width %s", width).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theLastWordAddressesAndUnhyphenatableRunsAreNeverBroken() {
        String text =
                "Write to https://example.org/contact/organizations or organizations@example.org"
                        + " about decriminalization";
        for (float width = 90f; width < 260f; width += 5f) {
            List<Line> lines = lines(text, width, true, "en");
            for (Line line : lines) {
                assertThat(line.text()).doesNotEndWith("-");
            }
        }
        LineBreaker breaker = new LineBreaker(Hyphenation.load("en"));
        List<Line> kept =
                breaker.lines(List.of(new TextRun(TEXT, SERIF, null, 0f, false)), 200f, true);
        assertThat(kept).noneMatch(Line::hyphenated);
    }

    @Test
    void aMarkerRunStaysOnTheLineOfItsWord() {
        Font small = FontSet.standard().font(Face.SERIF, 7.5f, Color.BLACK);
        for (float width = 150f; width < 300f; width += 3f) {
            LineBreaker breaker = new LineBreaker(Hyphenation.load("en"));
            List<Line> lines =
                    breaker.lines(
                            List.of(
                                    new TextRun(TEXT.substring(0, 160), SERIF, null, 0f, true),
                                    new TextRun("12", small, null, 4f, false),
                                    new TextRun(TEXT.substring(160), SERIF, null, 0f, true)),
                            width,
                            true);
            for (Line line : lines) {
                assertThat(line.runs().get(0).rise()).isZero();
            }
        }
    }

    @Test
    void raggedLinesAndForcedBreaksKeepNaturalSpacing() {
        List<Line> ragged = lines(TEXT, 220f, false, "en");
        assertThat(ragged).noneMatch(Line::justify);
        LineBreaker breaker = new LineBreaker(null);
        List<Line> forced =
                breaker.lines(
                        List.of(
                                new TextRun("First line", SERIF, null, 0f, true),
                                new TextRun(TextRun.FORCED_BREAK, SERIF, null, 0f, false),
                                new TextRun("second", SERIF, null, 0f, true)),
                        300f,
                        true);
        assertThat(forced).extracting(Line::text).containsExactly("First line", "second");
        assertThat(forced).noneMatch(Line::justify);
    }
}
