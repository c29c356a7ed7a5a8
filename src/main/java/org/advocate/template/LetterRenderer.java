package org.advocate.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.Messages;
import org.advocate.model.Source;
import org.advocate.typography.TypographicMarkdown;

/**
 * Renders a {@link Letter} to Markdown: each chosen argument's body first, then the letter template
 * with the arguments, their numbered sources and the custom paragraphs; the result then gets the
 * typographic punctuation of the letter's language ({@link TypographicMarkdown}). Sources are
 * numbered in order of first citation and shared sources get one number. One renderer serves many
 * letters and threads.
 */
public final class LetterRenderer {
    private final TemplateEngine engine;
    private final DataModel models;
    private final boolean proof;
    private final TypographicMarkdown typography = new TypographicMarkdown();

    /** The signatory model, made once while a batch's letters share one list and locale. */
    private final LastMade<List<Object>, Map<String, Object>> signatories = new LastMade<>();

    /** The fixed words of letters by locale. */
    private final Function<Locale, Messages> messages;

    /**
     * @param engine the sandboxed engine that finds the letter's templates
     * @param messages the fixed words of a locale's letters, which templates see as {@code msg}
     */
    public LetterRenderer(TemplateEngine engine, Function<Locale, Messages> messages) {
        this(engine, messages, false);
    }

    /**
     * @param engine the sandboxed engine that finds the letter's templates
     * @param messages the fixed words of a locale's letters, which templates see as {@code msg}
     * @param proof whether to render proofs: every value merged from the user's data is marked
     *     {@code <mark>value</mark>} where it is printed ({@link MarkedText})
     */
    public LetterRenderer(
            TemplateEngine engine, Function<Locale, Messages> messages, boolean proof) {
        this.engine = engine;
        this.messages = messages;
        this.proof = proof;
        this.models = new DataModel(proof);
    }

    /**
     * Renders one letter to normalized Markdown.
     *
     * @param letter the letter
     * @param template the template's file name, as the engine looks it up
     * @param chosen the letter's arguments, resolved in its language, in order
     * @param row a batch row's cells by header, which templates see as {@code row}; empty outside a
     *     batch
     */
    public String render(
            Letter letter, String template, List<Argument> chosen, Map<String, String> row) {
        Map<String, Object> model = models.base(letter, row);
        Map<Source, Integer> numbers = new LinkedHashMap<>();
        List<Map<String, Object>> arguments = new ArrayList<>();
        for (Argument argument : inPrintOrder(chosen)) {
            arguments.add(argument(argument, model, letter, numbers));
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        numbers.forEach(
                (source, number) -> sources.add(DataModel.source(number, source, letter.locale())));
        Map<String, Object> paragraphs = new LinkedHashMap<>();
        letter.paragraphs()
                .forEach((k, v) -> paragraphs.put(k, ProofMarks.paragraph(v.strip(), proof)));

        Map<String, Object> full = new LinkedHashMap<>(model);
        full.put("arguments", arguments);
        full.put("sources", sources);
        full.put("paragraphs", paragraphs);
        full.put("signatories", signatories(letter));
        full.put("msg", new MessageModel(messages.apply(letter.locale()), proof));
        // The one place punctuation turns typographic: every writer gets the same text.
        return typography.apply(
                normalize(engine.render(template, full, letter.locale())), letter.locale());
    }

    private Map<String, Object> argument(
            Argument argument,
            Map<String, Object> model,
            Letter letter,
            Map<Source, Integer> numbers) {
        String body =
                engine.renderSource(
                        argument.origin(),
                        argument.body(),
                        argument.bodyLine(),
                        argumentModel(model, argument, letter),
                        letter.locale());
        List<Integer> cited = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source source : argument.sources()) {
            if (letter.organization().wrote(source)) {
                // The sender's own document is its own view, never outside evidence.
                continue;
            }
            int number = numbers.computeIfAbsent(source, s -> numbers.size() + 1);
            cited.add(number);
            sources.add(DataModel.source(number, source, letter.locale()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", argument.id());
        m.put("title", argument.title());
        m.put("summary", argument.summary());
        m.put("tags", argument.tags());
        m.put("role", argument.role());
        m.put("body", MarkdownOutputFormat.INSTANCE.markup(body.strip()));
        m.put("own", ownSources(argument, letter));
        m.put("sources", sources);
        cited.sort(null);
        m.put("numbers", cited);
        // Markup, not text: "[1]" prints as is, as no link definition can match it (data is
        // escaped, so none can be injected).
        m.put(
                "marker",
                MarkdownOutputFormat.INSTANCE.markup(
                        cited.isEmpty()
                                ? ""
                                : cited.stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(", ", "[", "]"))));
        return m;
    }

    /**
     * The arguments in the order a letter prints them, so that endnotes are numbered by first
     * appearance: by role ({@link Argument#ROLES}), and within a role in the letter's own order.
     */
    public static List<Argument> inPrintOrder(List<Argument> chosen) {
        return chosen.stream()
                .sorted(java.util.Comparator.comparingInt(a -> Argument.ROLES.indexOf(a.role())))
                .toList();
    }

    /**
     * What an argument's body sees: the letter's variables and {@code own}, true when the argument
     * rests on a document of the sending organization, so that the body can speak of that view in
     * the first person instead of citing the sender as someone else.
     */
    public static Map<String, Object> argumentModel(
            Map<String, Object> model, Argument argument, Letter letter) {
        Map<String, Object> m = new LinkedHashMap<>(model);
        m.put("own", ownSources(argument, letter));
        return m;
    }

    private static boolean ownSources(Argument argument, Letter letter) {
        return argument.sources().stream().anyMatch(letter.organization()::wrote);
    }

    private Map<String, Object> signatories(Letter letter) {
        return signatories.get(
                List.of(letter.signatories(), letter.locale()),
                () ->
                        ProofMarks.signatories(
                                Collections.unmodifiableMap(
                                        SignatoryModel.of(
                                                letter.signatories(),
                                                letter.locale(),
                                                messages.apply(letter.locale())
                                                        .text("otherGroup"))),
                                models));
    }

    /** One trailing newline, no trailing spaces, at most one blank line in a row. */
    static String normalize(String markdown) {
        int length = markdown.length();
        StringBuilder out = new StringBuilder(length);
        boolean blank = true;
        int start = 0;
        while (start <= length) {
            int newline = markdown.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            int last = end;
            while (last > start && Character.isWhitespace(markdown.charAt(last - 1))) {
                last--;
            }
            if (last == start) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(markdown, start, last).append('\n');
                blank = false;
            }
            start = end + 1;
        }
        int size = out.length();
        while (size >= 2 && out.charAt(size - 1) == '\n' && out.charAt(size - 2) == '\n') {
            size--;
        }
        out.setLength(size);
        return out.toString();
    }
}
