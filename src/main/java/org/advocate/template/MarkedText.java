package org.advocate.template;

import freemarker.core.PlainTextMarkup;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;

/**
 * Text with merged values marked, as a proof prints it: each merged value shows as {@code
 * <mark>value</mark>} (escaped like any value), and everywhere else (comparisons, {@code
 * ?starts_with}, hash keys, {@code msg} placeholders) it is its plain text, so a proof says the
 * same words as the letter. Joined to other text with {@code +}, inside a string literal or by
 * {@code ?join} it stays marked, and through {@code ?cap_first} and {@code ?uncap_first}; other
 * string built-ins make new, unmarked text.
 *
 * <p>It is held as its plain text with the marked parts between two private-use characters, and
 * escaped whole, so that escaping treats only the ends of the whole text as its ends.
 */
public final class MarkedText extends MarkdownOutputFormat.Markup implements PlainTextMarkup {
    /** The opening tag of a marked value in proof Markdown. */
    public static final String OPEN = "<mark>";

    /** The closing tag of a marked value in proof Markdown. */
    public static final String CLOSE = "</mark>";

    /** Stands for {@link #OPEN} in the held text. */
    static final char START = '\uE000';

    /** Stands for {@link #CLOSE} in the held text. */
    static final char END = '\uE001';

    private final String plain;
    private final String held;

    private MarkedText(String held) {
        super(plainOf(held), markdownOf(held));
        this.plain = plainOf(held);
        this.held = held;
    }

    /**
     * A merged value, marked whole; or the value itself when it is empty or holds one of the
     * characters that stand for the tags (so nothing from the user's data can open or close a
     * mark).
     */
    static Object value(String value) {
        if (value.isEmpty() || !isFree(value)) {
            return value;
        }
        return new MarkedText(START + value + END);
    }

    /**
     * Text in which the parts between {@link #START} and {@link #END} are marked; null unless every
     * {@link #START} is closed by an {@link #END} before the next.
     */
    static MarkedText held(String held) {
        boolean open = false;
        for (int i = 0; i < held.length(); i++) {
            char c = held.charAt(i);
            if (c == START || c == END) {
                if (open == (c == START)) {
                    return null;
                }
                open = c == START;
            }
        }
        return open ? null : new MarkedText(held);
    }

    /** Whether text holds neither character that stands for a tag. */
    static boolean isFree(String text) {
        return text.indexOf(START) < 0 && text.indexOf(END) < 0;
    }

    @Override
    public String getAsString() {
        return plain;
    }

    @Override
    public TemplateMarkupOutputModel<?> join(
            TemplateMarkupOutputModel<?> left,
            String leftPlain,
            TemplateMarkupOutputModel<?> right,
            String rightPlain) {
        String joined = held(left, leftPlain) + held(right, rightPlain);
        MarkedText result = held(joined);
        // Text from a template could hold a stand-in character: then the join is left unmarked.
        return result != null ? result : new MarkedText(plainOf(joined));
    }

    @Override
    public TemplateModel retext(String changed) {
        if (changed.length() != plain.length()) {
            return new SimpleScalar(changed);
        }
        StringBuilder out = new StringBuilder(held.length());
        int at = 0;
        for (int i = 0; i < held.length(); i++) {
            char c = held.charAt(i);
            out.append(c == START || c == END ? c : changed.charAt(at++));
        }
        return new MarkedText(out.toString());
    }

    private static String held(TemplateMarkupOutputModel<?> model, String plain) {
        return model instanceof MarkedText m ? m.held : plain;
    }

    private static String plainOf(String held) {
        return held.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }

    private static String markdownOf(String held) {
        return MarkdownEscaper.escape(held)
                .replace(String.valueOf(START), OPEN)
                .replace(String.valueOf(END), CLOSE);
    }
}
