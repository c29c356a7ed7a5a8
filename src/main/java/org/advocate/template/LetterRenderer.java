package org.advocate.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocate.library.Library;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.model.Source;

/**
 * Renders a {@link Letter} to Markdown: each chosen argument's body first, then the letter template
 * with the arguments, their numbered sources and the custom paragraphs. Sources are numbered in
 * order of first citation and shared sources get one number.
 */
public final class LetterRenderer {
    private final Library library;
    private final TemplateEngine engine;
    private final DataModel models = new DataModel();

    /** The signatory model, made once while a batch's letters share one list and locale. */
    private final LastMade<List<Object>, Map<String, Object>> signatories = new LastMade<>();

    public LetterRenderer(Library library, TemplateEngine engine) {
        this.library = library;
        this.engine = engine;
    }

    /** Renders one letter. */
    public RenderedLetter render(Letter letter) {
        return render(letter, Map.of());
    }

    /**
     * Renders one letter of a batch.
     *
     * @param row the row's cells by header, which templates see as {@code row}
     */
    public RenderedLetter render(Letter letter, Map<String, String> row) {
        Map<String, Object> model = models.base(letter, row);
        Map<Source, Integer> numbers = new LinkedHashMap<>();
        List<Map<String, Object>> arguments = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter.locale());
            keywords.addAll(argument.tags());
            arguments.add(argument(argument, model, letter, numbers));
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        numbers.forEach((source, number) -> sources.add(DataModel.source(number, source)));
        Map<String, Object> paragraphs = new LinkedHashMap<>();
        letter.paragraphs()
                .forEach(
                        (k, v) ->
                                paragraphs.put(k, MarkdownOutputFormat.INSTANCE.markup(v.strip())));

        Map<String, Object> full = new LinkedHashMap<>(model);
        full.put("arguments", arguments);
        full.put("sources", sources);
        full.put("paragraphs", paragraphs);
        full.put("signatories", signatories(letter));
        String markdown = engine.render(templateName(letter), full, letter.locale());
        return new RenderedLetter(
                normalize(markdown),
                title(letter),
                letter.organization().name(),
                List.copyOf(keywords),
                letter.locale(),
                letter.date(),
                letter);
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
                        model,
                        letter.locale());
        List<Integer> cited = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source source : argument.sources()) {
            int number = numbers.computeIfAbsent(source, s -> numbers.size() + 1);
            cited.add(number);
            sources.add(DataModel.source(number, source));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", argument.id());
        m.put("title", argument.title());
        m.put("summary", argument.summary());
        m.put("tags", argument.tags());
        m.put("body", MarkdownOutputFormat.INSTANCE.markup(body.strip()));
        m.put("sources", sources);
        cited.sort(null);
        m.put("numbers", cited);
        // Markup, not text: "[1]" prints as is, as no link definition can match it (data is
        // escaped, so none can be injected).
        m.put(
                "marker",
                MarkdownOutputFormat.INSTANCE.markup(
                        cited.stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(", ", "[", "]"))));
        return m;
    }

    private Map<String, Object> signatories(Letter letter) {
        return signatories.get(
                List.of(letter.signatories(), letter.locale()),
                () ->
                        Collections.unmodifiableMap(
                                SignatoryModel.of(letter.signatories(), letter.locale())));
    }

    private static String templateName(Letter letter) {
        return letter.template().endsWith(".ftl")
                ? Path.of(letter.template()).getFileName().toString()
                : Library.templateFile(letter.template());
    }

    /** The folder a letter's own template file lives in, searched before the library. */
    public static List<Path> templateFolders(Letter letter, Library library) {
        return templateFolders(letter.template(), library);
    }

    /** The folders to search for a template (a library name or a .ftl path), then the library's. */
    public static List<Path> templateFolders(String template, Library library) {
        List<Path> folders = new ArrayList<>();
        if (template.endsWith(".ftl")) {
            folders.add(Path.of(template).getParent());
        }
        library.userFolder().ifPresent(folders::add);
        return folders;
    }

    private static String title(Letter letter) {
        if (letter.subject() != null) {
            return letter.subject();
        }
        String to =
                letter.recipient().organization() != null
                        ? letter.recipient().organization()
                        : letter.recipient().name();
        return "Letter from " + letter.organization().name() + (to != null ? " to " + to : "");
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
