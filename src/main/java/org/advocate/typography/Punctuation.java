package org.advocate.typography;

import java.util.Locale;

/**
 * How a language sets quotation marks and the spaces around punctuation.
 *
 * @param open the opening quotation mark of a quotation written with {@code "}
 * @param close its closing mark
 * @param innerOpen the opening mark of a quotation written with {@code '} (the language's quotation
 *     inside a quotation)
 * @param innerClose its closing mark
 * @param quoteSpace the space set inside {@code open} and {@code close} (French: a narrow no-break
 *     space), or the empty string
 * @param highSpace the space set before {@code ; ! ?} (French: a narrow no-break space), or the
 *     empty string
 * @param colonSpace the space set before {@code :} (French: a no-break space), or the empty string
 */
public record Punctuation(
        String open,
        String close,
        String innerOpen,
        String innerClose,
        String quoteSpace,
        String highSpace,
        String colonSpace) {
    /** U+202F, the narrow no-break space of French typography. */
    public static final String NARROW_NBSP = "\u202f";

    /** U+00A0, the no-break space. */
    public static final String NBSP = "\u00a0";

    /** English (and every language without rules of its own here): “double”, ‘single’. */
    public static final Punctuation ENGLISH =
            new Punctuation("\u201c", "\u201d", "\u2018", "\u2019", "", "", "");

    /** French: « guillemets » with narrow no-break spaces, and spaces before ; : ! ? */
    public static final Punctuation FRENCH =
            new Punctuation("\u00ab", "\u00bb", "\u201c", "\u201d", NARROW_NBSP, NARROW_NBSP, NBSP);

    /** Spanish: «comillas latinas», then “inglesas” inside them. */
    public static final Punctuation SPANISH =
            new Punctuation("\u00ab", "\u00bb", "\u201c", "\u201d", "", "", "");

    /** German: „Anführungszeichen“, then ‚halbe‘ inside them. */
    public static final Punctuation GERMAN =
            new Punctuation("\u201e", "\u201c", "\u201a", "\u2018", "", "", "");

    /** The rules of a locale's language; English for languages without rules of their own. */
    public static Punctuation of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            case "de" -> GERMAN;
            default -> ENGLISH;
        };
    }

    /** The space set before a punctuation mark, or the empty string. */
    String spaceBefore(char c) {
        return switch (c) {
            case ';', '!', '?' -> highSpace;
            case ':' -> colonSpace;
            default -> "";
        };
    }
}
