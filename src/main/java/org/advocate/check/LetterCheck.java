package org.advocate.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.TemplateFailure;
import org.advocate.input.InputFiles;
import org.advocate.input.YamlNode;
import org.advocate.library.Library;
import org.advocate.load.Catalog;
import org.advocate.load.CatalogSnapshot;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.load.Overrides;
import org.advocate.model.Argument;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.model.Source;
import org.advocate.template.LetterRenderer;
import org.advocate.template.RenderLimits;
import org.advocate.template.TemplateEngine;

/**
 * Checks a letter without writing anything: every problem {@code compose} would stop at (all
 * validation errors, unknown argument ids, template errors, undefined variables), then a lint of
 * the rendered text (terminology, leftover placeholders, length, arguments whose sources the letter
 * does not print). Lint findings point back at the file the words were written in.
 */
public final class LetterCheck {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private final Library library;
    private final StyleRules style;

    /**
     * @param library the library letters are checked against
     * @param style the text rules and limits
     */
    public LetterCheck(Library library, StyleRules style) {
        this.library = library;
        this.style = style;
    }

    /**
     * Checks one letter.
     *
     * @param input the letter file's text
     * @param sets {@code path=value} overrides, as {@code --set} takes them
     * @param defaultDate the date a letter without one gets
     */
    public List<Finding> check(LetterInput input, List<String> sets, LocalDate defaultDate) {
        List<Finding> findings = new ArrayList<>();
        LetterLoader.Options options =
                new LetterLoader.Options(null, null, List.of(), new Overrides(sets));
        Letter letter;
        try {
            // What compose would warn about (duplicate signatories, ...) is a warning here.
            letter =
                    new LetterLoader(library, w -> findings.add(Finding.of(w, Severity.WARNING)))
                            .load(input, options, defaultDate);
        } catch (InputException e) {
            for (Problem p : e.problems()) {
                findings.add(Finding.of(p));
            }
            letter = lenient(input, options, defaultDate);
            if (letter == null) {
                return display(findings);
            }
        }
        renderAndLint(input, letter, findings);
        return display(findings);
    }

    /**
     * Lints a letter already rendered, such as one row of a batch.
     *
     * @param input the letter file's text
     * @param rendered the rendered letter
     */
    public List<Finding> lint(LetterInput input, RenderedLetter rendered) {
        List<Finding> findings = new ArrayList<>();
        lint(input, rendered.letter(), rendered, findings);
        return display(findings);
    }

    private void renderAndLint(LetterInput input, Letter letter, List<Finding> findings) {
        RenderedLetter rendered;
        try (TemplateEngine engine =
                new TemplateEngine(
                        LetterRenderer.templateFolders(letter, library), RenderLimits.DEFAULT)) {
            rendered = new LetterRenderer(library, engine).render(letter);
        } catch (TemplateFailure e) {
            findings.add(
                    Finding.fromMessage(
                            e.getMessage(), input.origin(), Severity.ERROR, "template"));
            return;
        }
        lint(input, letter, rendered, findings);
    }

    /**
     * Loads the letter again, accepting argument ids the library lacks, so a letter whose only
     * problems are unknown arguments is still rendered and linted; null when other problems remain.
     */
    private Letter lenient(LetterInput input, LetterLoader.Options options, LocalDate date) {
        Set<String> listed = new HashSet<>(library.argumentIds());
        if (input.parse() instanceof YamlNode.Mapping map
                && map.get("arguments") instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Text t) {
                    listed.add(t.value());
                }
            }
        }
        Catalog catalog = new CatalogSnapshot(listed, library.templateNames());
        try {
            Letter l = new LetterLoader(catalog).load(input, options, date);
            Set<String> known = library.argumentIds();
            return new Letter(
                    l.template(),
                    l.organization(),
                    l.date(),
                    l.locale(),
                    l.recipient(),
                    l.subject(),
                    l.occasion(),
                    l.arguments().stream().filter(known::contains).toList(),
                    l.paragraphs(),
                    l.signatories(),
                    l.baseDir());
        } catch (InputException e) {
            return null;
        }
    }

    private void lint(
            LetterInput input, Letter letter, RenderedLetter rendered, List<Finding> findings) {
        SourceMap map = new SourceMap(sourceFiles(input, letter));
        for (Linter.Hit hit : new Linter(style.rules()).lint(rendered.markdown())) {
            String message = hit.rule().describe(hit.text());
            Optional<SourceMap.Position> where = map.locate(hit);
            findings.add(
                    where.map(
                                    p ->
                                            new Finding(
                                                    p.file(),
                                                    p.line(),
                                                    p.column(),
                                                    hit.rule().severity(),
                                                    hit.rule().id(),
                                                    message))
                            .orElseGet(
                                    () ->
                                            new Finding(
                                                    input.origin(),
                                                    0,
                                                    0,
                                                    hit.rule().severity(),
                                                    hit.rule().id(),
                                                    message
                                                            + " (line "
                                                            + hit.line()
                                                            + " of the rendered letter)")));
        }
        int words = words(rendered.markdown());
        if (words > style.maxWords()) {
            findings.add(
                    new Finding(
                            input.origin(),
                            0,
                            0,
                            Severity.WARNING,
                            "length",
                            "the letter has "
                                    + words
                                    + " words, more than the limit of "
                                    + style.maxWords()
                                    + " (maxWords in "
                                    + StyleRules.FILE
                                    + ", or --max-words)"));
        }
        if (style.maxPages() > 0) {
            pages(input, rendered, findings);
        }
        String plain = Linter.unescape(rendered.markdown().replace("\\\n", "\n"));
        for (String id : letter.arguments()) {
            Argument argument = library.argument(id, letter.locale());
            for (Source source : argument.sources()) {
                if (!plain.contains(source.title())) {
                    findings.add(
                            Finding.at(
                                    argumentOrigin(input, id),
                                    Severity.WARNING,
                                    "unsourced",
                                    "argument '"
                                            + id
                                            + "' is printed without its source '"
                                            + source.title()
                                            + "' (the template has no source list?)"));
                }
            }
        }
    }

    /** Where the letter lists an argument, for findings about it. */
    /** Where the letter file lists an argument: the position its YAML parse recorded. */
    private static String argumentOrigin(LetterInput input, String id) {
        if (input.parse() instanceof YamlNode.Mapping map
                && map.get("arguments") instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Text text && text.value().equals(id)) {
                    return text.origin().toString();
                }
            }
        }
        return input.origin();
    }

    /** Counts the words of the letter's body: from the salutation to the sources. */
    static int words(String markdown) {
        String text = markdown;
        int body = text.indexOf("<!-- advocate:section body");
        if (body >= 0) {
            text = text.substring(body);
        }
        int sources = text.indexOf("<!-- advocate:section sources");
        if (sources >= 0) {
            text = text.substring(0, sources);
        }
        text = text.replaceAll("<!--.*?-->", " ");
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The files the letter's words may come from, most likely first. */
    private List<SourceMap.SourceFile> sourceFiles(LetterInput input, Letter letter) {
        List<SourceMap.SourceFile> files = new ArrayList<>();
        files.add(new SourceMap.SourceFile(input.origin(), input.text()));
        input.topLevelText("organization")
                .map(t -> input.dir().resolve(t.value().trim()))
                .filter(Files::isRegularFile)
                .ifPresent(
                        p -> files.add(new SourceMap.SourceFile(p.toString(), InputFiles.read(p))));
        for (String id : letter.arguments()) {
            Argument a = library.argument(id, letter.locale());
            // Pad so offsets in the body give the file's line numbers.
            files.add(
                    new SourceMap.SourceFile(
                            a.origin(), "\n".repeat(Math.max(0, a.bodyLine() - 1)) + a.body()));
        }
        if (letter.template().endsWith(".ftl")) {
            Path path = Path.of(letter.template());
            files.add(new SourceMap.SourceFile(path.toString(), InputFiles.read(path)));
        } else {
            for (String tag : Library.variantTags(letter.locale())) {
                library.text(letter.template() + "." + tag + Library.TEMPLATE_SUFFIX)
                        .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
            }
            library.text(Library.templateFile(letter.template()))
                    .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
        }
        library.text("lib/letter.ftl")
                .ifPresent(t -> files.add(new SourceMap.SourceFile(t.origin(), t.text())));
        return files;
    }

    /** Typesets the letter as PDF: flags it when too long, or when a character cannot print. */
    private void pages(LetterInput input, RenderedLetter rendered, List<Finding> findings) {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try {
            new org.advocate.output.PdfWriter()
                    .write(rendered, org.advocate.output.OutputOptions.DEFAULT, pdf);
        } catch (org.advocate.AdvocateException e) {
            for (String line : e.lines()) {
                findings.add(Finding.fromMessage(line, input.origin(), Severity.ERROR, "pdf"));
            }
            return;
        } catch (java.io.IOException e) {
            findings.add(
                    new Finding(
                            input.origin(), 0, 0, Severity.ERROR, "pdf", "cannot typeset: " + e));
            return;
        }
        int pages = org.advocate.output.PdfPages.count(pdf.toByteArray());
        if (pages > style.maxPages()) {
            findings.add(
                    new Finding(
                            input.origin(),
                            0,
                            0,
                            Severity.WARNING,
                            "length",
                            "the letter takes "
                                    + pages
                                    + " pages as PDF, more than the limit of "
                                    + style.maxPages()
                                    + " (maxPages in "
                                    + StyleRules.FILE
                                    + ", or --max-pages)"));
        }
    }

    /** Shows paths inside the working folder relative to it, as CI annotations expect. */
    private static List<Finding> display(List<Finding> findings) {
        Path cwd = Path.of("").toAbsolutePath();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String file = f.file();
            try {
                Path p = Path.of(file);
                if (p.isAbsolute() && p.normalize().startsWith(cwd)) {
                    file = cwd.relativize(p.normalize()).toString();
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a label such as "--set x", not a path
            }
            out.add(new Finding(file, f.line(), f.column(), f.severity(), f.rule(), f.message()));
        }
        // Files in the order they first come up; within a file, by position, as compilers list.
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Finding f : out) {
            fileOrder.putIfAbsent(f.file(), fileOrder.size());
        }
        out.sort(
                Comparator.comparingInt((Finding f) -> fileOrder.get(f.file()))
                        .thenComparingInt(Finding::line)
                        .thenComparingInt(Finding::column));
        return out;
    }
}
