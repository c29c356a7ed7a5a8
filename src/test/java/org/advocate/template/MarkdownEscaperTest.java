package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.advocate.typography.TypographicMarkdown;
import org.advocate.typography.Typography;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escaper's contract: an escaped value, wherever a template puts it, reads back as exactly the
 * value; and once the letter's typographic pass has run, as the value's typographic form (the same
 * text through {@link Typography}), with the Markdown's structure unchanged.
 */
class MarkdownEscaperTest {
    private static final TypographicMarkdown TYPOGRAPHY = new TypographicMarkdown();

    /** English, and French, whose rules add spaces next to punctuation. */
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** Where a value can land in a template, and the text CommonMark should then show. */
    record Context(String before, String after) {
        String wrap(String s) {
            return before + s + after;
        }
    }

    static final List<Context> CONTEXTS =
            List.of(
                    new Context("Dear ", " and friends"), // inside a line
                    new Context("", "Z"), // at the start of a paragraph
                    new Context("Intro line\n", "Z"), // at the start of a continuation line
                    new Context("", ""), // the whole paragraph
                    new Context("Intro line\n", ""), // a whole continuation line
                    new Context("A", "\nNext line")); // at the end of a line

    /**
     * Where a template wraps a value in {@code **...**} or {@code *...*}: at the start of a
     * paragraph, inside it and at its end, as a whole paragraph, and before a hard line break.
     */
    static final List<Context> EMPHASIS_CONTEXTS =
            List.of(
                    new Context("", " and friends"),
                    new Context("Dear ", " and friends"),
                    new Context("Dear ", ""),
                    new Context("", ""),
                    new Context("", "\\\nNext line"));

    /**
     * Asserts the round trip for one string in every context, with and without GFM tables: as plain
     * text, and wrapped in {@code **...**} and {@code *...*}, where it must stay emphasized.
     */
    static void assertRoundTrip(String s) {
        assertPlainRoundTrip(s);
        if (!s.isEmpty()) {
            assertEmphasized(s);
        }
    }

    /** Asserts that the string, wrapped in a template's emphasis, is emphasized and all shown. */
    static void assertEmphasized(String s) {
        String escaped = MarkdownEscaper.escape(s);
        for (Context context : EMPHASIS_CONTEXTS) {
            for (boolean strong : new boolean[] {true, false}) {
                String delimiter = strong ? "**" : "*";
                String markdown = context.wrap(delimiter + escaped + delimiter);
                String shown = strong ? MarkdownRoundTrip.strong(s) : MarkdownRoundTrip.emphasis(s);
                // A backslash before a line break is the hard break, which reads back as a newline.
                String expected = context.before() + shown + context.after().replace("\\\n", "\n");
                for (boolean tables : new boolean[] {false, true}) {
                    assertThat(MarkdownRoundTrip.emphasizedText(markdown, tables))
                            .as(
                                    "escaped %s wrapped in %s in context %s, tables=%s,"
                                            + " markdown %s",
                                    show(s), delimiter, context, tables, show(markdown))
                            .isEqualTo(expected);
                }
                assertTypographic(markdown);
            }
        }
    }

    /**
     * Asserts that the typographic pass over a letter's Markdown keeps its structure (blocks,
     * emphasis, line breaks) and shows the typographic form of the text it showed before.
     */
    static void assertTypographic(String markdown) {
        for (Locale locale : LOCALES) {
            String typographic = TYPOGRAPHY.apply(markdown, locale);
            assertThat(MarkdownRoundTrip.structure(typographic))
                    .as("structure of %s in %s, from %s", show(typographic), locale, show(markdown))
                    .isEqualTo(MarkdownRoundTrip.structure(markdown));
            String text = textWithoutMarks(typographic);
            String before = textWithoutMarks(markdown);
            assertThat(text)
                    .as("text of %s in %s, from %s", show(typographic), locale, show(markdown))
                    .isEqualTo(Typography.apply(before, locale));
        }
    }

    private static String textWithoutMarks(String markdown) {
        return MarkdownRoundTrip.emphasizedText(markdown, true)
                .replaceAll("\u0000</?(strong|em)>", "");
    }

    /** Asserts the round trip of the string as plain text in every context. */
    static void assertPlainRoundTrip(String s) {
        for (Context context : CONTEXTS) {
            if (s.isEmpty() && context.after().isEmpty()) {
                continue; // the template's own trailing line break is stripped, as it should be
            }
            String markdown = context.wrap(MarkdownEscaper.escape(s));
            String expected = context.wrap(s);
            for (boolean tables : new boolean[] {false, true}) {
                assertThat(MarkdownRoundTrip.plainText(markdown, tables))
                        .as(
                                "escaped %s in context %s, tables=%s, markdown %s",
                                show(s), context, tables, show(markdown))
                        .isEqualTo(expected);
            }
            assertTypographic(markdown);
        }
    }

    static String show(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints()
                .forEach(
                        cp -> {
                            if (cp < 0x20 || cp > 0x7e) {
                                out.append(String.format("\\u%04X", cp));
                            } else {
                                out.appendCodePoint(cp);
                            }
                        });
        return out.append('"').toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "**Bold** [x](javascript:alert(1)) <b>hi</b>",
                "# Heading",
                "1. First",
                "1) First",
                "- item",
                "+ item",
                "* item",
                "> quote",
                "===",
                "---",
                "***",
                "___",
                ":---|---:",
                "| a | b |",
                "    indented code",
                "\tTabbed",
                "```fence",
                "~~~fence",
                "~~strike~~",
                "`code`",
                "<https://example.org>",
                "<div>html</div>",
                "&amp; &#35; &copy;",
                "AT&T",
                "[ref]: https://example.org",
                "![img](x.png)",
                "snake_case_name",
                "_emphasis_",
                "a\\",
                "\\",
                "trailing spaces  ",
                "  leading spaces",
                "line\nbreak",
                "line\r\nbreak\rthree",
                "\n\n",
                " ",
                "",
                "12345678901. x",
                "Zoë Łukasiewicz – Nguyễn Thị Ørsted Ἀθῆναι Иванова",
                "price: $5 * 3 = $15",
                "[^1] footnote",
                "a <!-- comment --> b",
                "www.example.org and https://example.org",
                "\u00a0nbsp\u00a0",
                "\u000b\u000c vertical",
                "\u00a0Sex Workers Project",
                "Sex Workers Project\u00a0",
                "\u3000東京\u3000",
                "\u2003Em space\u2009",
                "\"Quoted\"",
                "(Parenthesized)",
                "_under_",
                "*star*",
                "\u00a0\"Both\"\u00a0",
                "\t(tab)\t",
            })
    void knownTrickyStringsRoundTrip(String s) {
        assertRoundTrip(s);
    }

    /** Every character that can stand at a value's edge and meet a template's delimiter. */
    static Stream<String> edgeStrings() {
        StringBuilder edges = new StringBuilder(" \t\u00a0\u1680\u202f\u205f\u3000");
        for (char c = '\u2000'; c <= '\u200a'; c++) {
            edges.append(c);
        }
        edges.append("\"'()[]_*.,;:!?&#\\<>-+=~`|$\u201c\u201d\u00ab\u00bb\u2014\u20ac\n\r\u2028");
        List<String> out = new ArrayList<>();
        edges.codePoints()
                .forEach(
                        cp -> {
                            String e = Character.toString(cp);
                            out.add(e);
                            out.add(e + "Jane Doe");
                            out.add("Jane Doe" + e);
                            out.add(e + "Jane Doe" + e);
                            out.add(e + e + "J" + e + e);
                            out.add("\u00a0" + e + "x" + e + " ");
                        });
        return out.stream();
    }

    /**
     * Text in other scripts, and the invisible marks that steer its direction: right-to-left and
     * left-to-right marks, the Arabic letter mark, embeddings, overrides and isolates; Arabic and
     * Hebrew words; and combining sequences (a Latin letter with a combining acute accent,
     * Devanagari with virama and nukta, Thai with its vowel and tone marks above, Hangul written as
     * conjoining jamo). Each stands alone, between Latin words, at a value's edge, and next to
     * Markdown syntax. The escaper must not separate a mark from its base letter, and the
     * typographic pass must leave the sequence as it is.
     */
    static Stream<String> scriptStrings() {
        List<String> samples =
                List.of(
                        "\u200e", // LEFT-TO-RIGHT MARK
                        "\u200f", // RIGHT-TO-LEFT MARK
                        "\u061c", // ARABIC LETTER MARK
                        "\u202aab\u202c",
                        "\u202bab\u202c",
                        "\u202dab\u202c",
                        "\u202eab\u202c",
                        "\u2066ab\u2069",
                        "\u2067ab\u2069",
                        "\u2068ab\u2069",
                        "\u0645\u0624\u0633\u0633\u0629 \u0627\u0644\u0639\u0645\u0644", // Arabic
                        "\u05e2\u05de\u05d5\u05ea\u05ea \u05d7\u05d9\u05e4\u05d4", // Hebrew
                        "\u200f\u0633\u0627\u0631\u0629\u200f", // Arabic name between RTL marks
                        "Jose\u0301 Rene\u0301e", // Latin + COMBINING ACUTE ACCENT (NFD)
                        "e\u0301\u0301", // two combining marks on one letter
                        "\u0915\u094d\u0937", // Devanagari KSSA: ka + virama + ssa
                        "\u0915\u093c\u094d", // ka + nukta + virama
                        "\u0926\u0940\u092a\u093e \u0936\u094d\u0930\u0940", // Devanagari name
                        "\u0e21\u0e31\u0e48\u0e19", // Thai: mo ma + mai han-akat + mai ek + no nu
                        "\u0e40\u0e2d\u0e47\u0e21\u0e1e\u0e32\u0e27\u0e40\u0e27\u0e2d\u0e23\u0e4c",
                        "\u1112\u1161\u11ab\u1100\u1173\u11af"); // Hangul "hangeul" as jamo
        List<String> out = new ArrayList<>();
        for (String sample : samples) {
            out.add(sample);
            out.add("Jane " + sample + " Doe");
            out.add(sample + "*");
            out.add("_" + sample);
            out.add("\u0301" + sample); // a combining mark with no base letter of its own
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("scriptStrings")
    void textInEveryScriptRoundTrips(String s) {
        assertRoundTrip(s);
        for (Locale locale : LOCALES) {
            String name = "Dear " + s + " and friends";
            if (!s.contains("*") && !s.contains("_")) {
                // Nothing in these samples is punctuation the typographic pass acts on.
                assertThat(Typography.apply(name, locale))
                        .as("typographic form of %s in %s", show(name), locale)
                        .isEqualTo(name);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("edgeStrings")
    void valuesWithAnyEdgeRoundTrip(String s) {
        assertRoundTrip(s);
    }

    static Stream<String> randomStrings() {
        // Fixed seed: the same thousands of cases on every run, weighted toward Markdown syntax,
        // with some direction marks, right-to-left letters and combining marks among them.
        Random random = new Random(20150820L);
        String alphabet =
                "\\`*_[]()<>!&#;:|~=+-.)0123456789 \t\n\raZé€\u00a0\u2002\u200a\u3000\"'/{}^$@"
                        // Direction marks, Arabic, Hebrew, and combining marks of several scripts.
                        + "\u200e\u200f\u061c\u202b\u202e\u2067\u2069\u0628\u05d0"
                        + "\u0301\u0915\u093c\u094d\u0e31\u0e48\u1100\u1161";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2900; i++) {
            int length = random.nextInt(12);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                if (random.nextInt(40) == 0) {
                    s.appendCodePoint(1 + random.nextInt(0x2FFF));
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            out.add(s.toString());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void randomStringsRoundTrip(String s) {
        assertRoundTrip(s);
    }

    @Test
    void ordinaryNamesStayReadable() {
        assertThat(MarkdownEscaper.escape("O'Brien & Partners")).isEqualTo("O'Brien & Partners");
        assertThat(MarkdownEscaper.escape("Sex Workers Project (SWP), New York, NY 10001"))
                .isEqualTo("Sex Workers Project (SWP), New York, NY 10001");
        assertThat(MarkdownEscaper.escape("info@example.org · https://example.org/a-b"))
                .isEqualTo("info@example.org · https://example.org/a-b");
        assertThat(MarkdownEscaper.escape("Zoë Łukasiewicz")).isEqualTo("Zoë Łukasiewicz");
        assertThat(MarkdownEscaper.escape("first_name")).isEqualTo("first_name");
    }

    @Test
    void escapesOnlyWhatMarkdownActsOn() {
        assertThat(MarkdownEscaper.escape("**Bold**")).isEqualTo("\\*\\*Bold\\*\\*");
        assertThat(MarkdownEscaper.escape("# Title")).isEqualTo("\\# Title");
        assertThat(MarkdownEscaper.escape("Issue # 5")).isEqualTo("Issue # 5");
        assertThat(MarkdownEscaper.escape("1. First")).isEqualTo("1\\. First");
        assertThat(MarkdownEscaper.escape("Version 1. First")).isEqualTo("Version 1. First");
        assertThat(MarkdownEscaper.escape("a\nb")).isEqualTo("a&#10;b");
    }
}
