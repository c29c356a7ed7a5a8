package org.advocate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.advocate.output.PdfLines;
import org.advocate.output.PdfLines.Gap;
import org.advocate.output.PdfLines.Line;
import org.advocate.output.Pdfs;
import org.advocate.output.pdf.Hyphenation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typesetting of every example letter as PDF, measured on the page with PDFBox: the measure,
 * the spacing of justified and last lines, citation markers, and where pages break.
 */
class TypesettingTest {
    private static final float BODY_SIZE = 11f;

    /** A gap this much over the limit is measuring noise (positions are rounded in the PDF). */
    private static final float NOISE = 0.03f;

    static Stream<Arguments> letters() {
        return Stream.of(
                Arguments.of("amnesty-support", "en", List.<String>of()),
                Arguments.of("amnesty-support-fr", "fr", List.<String>of()),
                Arguments.of("amnesty-support-es", "es", List.<String>of()),
                Arguments.of("oppose-bill", "en", List.<String>of()),
                Arguments.of("recommendations", "en", List.<String>of()),
                Arguments.of("coalition-sign-on", "en", List.<String>of()),
                Arguments.of(
                        "legislators",
                        "en",
                        List.of(
                                "--set",
                                "recipient.name=Maria Alvarez",
                                "--set",
                                "recipient.title=Sen.")));
    }

    private static List<Line> lines(String example, List<String> extra) {
        List<String> args =
                new ArrayList<>(
                        List.of("compose", "examples/" + example + "/letter.yaml", "-f", "pdf"));
        args.addAll(extra);
        Cli.Result result = Cli.exec(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        try (PDDocument doc = Pdfs.load(result.outBytes())) {
            return PdfLines.of(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines of running text: the serif face at the body size. */
    private static List<Line> body(List<Line> all) {
        return all.stream()
                .filter(Line::isSerif)
                .filter(l -> Math.abs(l.size() - BODY_SIZE) < 0.1f)
                .toList();
    }

    /** The right edge of the text block: where justified lines end. */
    private static float measureEnd(List<Line> body) {
        return (float) body.stream().mapToDouble(Line::right).max().orElseThrow();
    }

    /** A line's word gaps, less the gap after a list item's number or bullet. */
    private static List<Gap> wordGaps(Line line) {
        boolean listItem = line.firstWord().matches("\\d+[.)]|[•–◦]");
        return listItem ? line.gaps().subList(1, line.gaps().size()) : line.gaps();
    }

    private static boolean isJustified(Line line, float end) {
        return line.right() >= end - 2f && !line.gaps().isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void fullLinesHoldSixtyToEightyFiveCharacters(String example, String lang, List<String> extra) {
        List<Line> body = body(lines(example, extra));
        float end = measureEnd(body);
        List<Line> full = body.stream().filter(l -> isJustified(l, end)).toList();
        assertThat(full).as("justified lines").hasSizeGreaterThan(5);
        for (Line line : full) {
            assertThat(line.text().length())
                    .as("characters on the line \"%s\"", line.text())
                    .isBetween(60, 85);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void lastLinesKeepTheirNaturalSpacing(String example, String lang, List<String> extra) {
        List<Line> body = body(lines(example, extra));
        float end = measureEnd(body);
        int checked = 0;
        for (Line line : body) {
            if (!isJustified(line, end)) {
                for (Gap gap : wordGaps(line)) {
                    assertThat(gap.ratio())
                            .as(
                                    "gap before \"%s\" in the short line \"%s\"",
                                    gap.after(), line.text())
                            .isLessThan(1f + NOISE + 0.05f);
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void justifiedGapsStayUnderTheLimitUnlessTheNextWordCannotBreak(
            String example, String lang, List<String> extra) {
        List<Line> body = body(lines(example, extra));
        float end = measureEnd(body);
        Hyphenation hyphenation = Hyphenation.load(lang);
        for (int i = 0; i < body.size() - 1; i++) {
            Line line = body.get(i);
            if (!isJustified(line, end)) {
                continue;
            }
            float widest = 0f;
            for (Gap gap : wordGaps(line)) {
                widest = Math.max(widest, gap.ratio());
            }
            if (widest <= 1.9f + NOISE) {
                continue;
            }
            Line following = body.get(i + 1);
            if (following.gaps().isEmpty() && !isJustified(following, end)) {
                continue; // a paragraph's last word, which is never hyphenated
            }
            String next = following.firstWord();
            String core = next.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (!core.isEmpty() && Character.isUpperCase(core.charAt(0))) {
                continue; // a capitalized word may be part of a merged name, which never breaks
            }
            assertThat(hyphenation.breaks(core))
                    .as(
                            "a gap of %.2f spaces in \"%s\", though \"%s\" could have been broken",
                            widest, line.text(), next)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void noLineStartsWithACitationMarker(String example, String lang, List<String> extra) {
        List<Line> all = lines(example, extra);
        List<Line> body = body(all);
        for (Line line : all) {
            boolean marker =
                    Character.isDigit(line.text().charAt(0))
                            && line.firstSize() < line.size() * 0.8f;
            assertThat(marker).as("line starting with a marker: \"%s\"", line.text()).isFalse();
            assertThat(line.text()).as("a bracketed marker").doesNotContainPattern("\\[\\d+");
        }
        boolean citing = example.startsWith("amnesty") || example.equals("oppose-bill");
        if (citing) {
            long raised =
                    body.stream()
                            .filter(l -> l.text().matches(".*\\p{L}[.,;:]?\\d+(,\\d+)*$"))
                            .count();
            assertThat(raised).as("paragraphs ending in a raised marker").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void noParagraphLeavesOneLineAloneAcrossAPageBreak(
            String example, String lang, List<String> extra) {
        List<Line> body = body(lines(example, extra));
        float end = measureEnd(body);
        int lastPage = body.get(body.size() - 1).page();
        for (int page = 1; page < lastPage; page++) {
            int p = page;
            List<Line> here = body.stream().filter(l -> l.page() == p).toList();
            List<Line> next = body.stream().filter(l -> l.page() == p + 1).toList();
            if (here.isEmpty() || next.isEmpty()) {
                continue;
            }
            Line foot = here.get(here.size() - 1);
            if (!isJustified(foot, end)) {
                continue; // the page ends with a paragraph's last line
            }
            int before = 1;
            for (int i = here.size() - 2; i >= 0; i--) {
                float step = here.get(i + 1).baseline() - here.get(i).baseline();
                if (step > BODY_SIZE * 1.25f + 1f || !isJustified(here.get(i), end)) {
                    break;
                }
                before++;
            }
            int after = 0;
            for (Line line : next) {
                after++;
                if (!isJustified(line, end)) {
                    break;
                }
            }
            assertThat(before)
                    .as("orphan at the foot of page %d: \"%s\"", page, foot.text())
                    .isGreaterThanOrEqualTo(2);
            assertThat(after).as("widow at the top of page %d", page + 1).isGreaterThanOrEqualTo(2);
        }
    }
}
