package org.advocate.compose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.advocate.Problem;
import org.advocate.library.Library;
import org.advocate.library.SampleLetter;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.load.PreparedLetter;
import org.advocate.load.rows.Row;
import org.advocate.model.Argument;
import org.advocate.model.DocumentMetadata;
import org.advocate.model.Letter;
import org.advocate.model.RenderedLetter;
import org.advocate.output.LetterWriter;
import org.advocate.output.OutputOptions;
import org.advocate.output.Writers;
import org.advocate.template.DataModel;
import org.advocate.template.LetterRenderer;
import org.advocate.template.RenderLimits;
import org.advocate.template.TemplateEngine;
import org.advocate.template.TemplateNames;

/**
 * The one place where a letter's pipeline is wired: <b>prepare</b> (letter file and command-line
 * changes to a letter bound for the letter or for each row), <b>render</b> (letter to Markdown plus
 * the document metadata writers need) and <b>write</b> (rendered letter to a format's bytes). Every
 * command goes through it.
 *
 * <p>Built once from the library, the render limits, the writer registry, a warnings sink and the
 * date of letters that name none; it owns the template engines (one per template folder set, made
 * on first use) and is safe for concurrent use. Close it to stop the engines' watchdog threads.
 */
public final class Composer implements AutoCloseable {
    private final Library library;
    private final RenderLimits limits;
    private final Writers writers;
    private final Consumer<Problem> warnings;
    private final LocalDate defaultDate;
    private final boolean proof;
    private final Map<List<Path>, Engine> engines = new ConcurrentHashMap<>();
    private final DataModel models = new DataModel();

    /** A template engine and the renderer that uses it. */
    private record Engine(TemplateEngine engine, LetterRenderer renderer) {}

    Composer(ComposerBuilder b) {
        this.library = b.library;
        this.limits = b.limits;
        this.writers = b.writers;
        this.warnings = b.warnings;
        this.defaultDate = b.defaultDate;
        this.proof = b.proof;
    }

    /** Starts a composer for a library; the rest has defaults. */
    public static ComposerBuilder builder(Library library) {
        return new ComposerBuilder(library);
    }

    /** The library letters are composed from. */
    public Library library() {
        return library;
    }

    /** The output formats. */
    public Writers writers() {
        return writers;
    }

    /** The date of letters that name none. */
    public LocalDate defaultDate() {
        return defaultDate;
    }

    /**
     * Parses a letter and its organization, and checks the command line's changes, without binding:
     * the result binds the letter as it is, or once per row.
     */
    public PreparedLetter prepare(LetterInput input, LetterLoader.Options options) {
        return new LetterLoader(library, warnings).prepare(input, options);
    }

    /**
     * Reads and binds one letter, reporting every problem at once; a letter that would make two
     * concessions is refused ({@link Concessions}).
     */
    public Letter bind(LetterInput input, LetterLoader.Options options) {
        return Concessions.refuseSecond(library, prepare(input, options).bind(defaultDate));
    }

    /**
     * Binds a letter accepting argument ids the library lacks (and dropping them), so that a letter
     * whose only problems are unknown arguments can still be rendered and linted; empty when other
     * problems remain.
     */
    public Optional<Letter> bindIgnoringUnknownArguments(
            LetterInput input, LetterLoader.Options options) {
        return UnknownArguments.bindWithout(library, input, options, defaultDate);
    }

    /** Binds a prepared letter for one row of a batch, refused as {@link #bind} refuses. */
    public Letter bind(PreparedLetter letter, Row row) {
        return Concessions.refuseSecond(library, letter.bind(row, defaultDate));
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
        List<Argument> arguments = arguments(letter);
        String markdown =
                engine(letter.template())
                        .renderer()
                        .render(letter, templateName(letter.template()), arguments, row);
        return new RenderedLetter(markdown, MetadataMaker.of(letter, arguments, library, proof));
    }

    /** Binds and renders one row of a batch. */
    public RenderedLetter render(PreparedLetter letter, Row row) {
        return render(bind(letter, row), row.cells());
    }

    /**
     * The variables every template and argument body sees ({@code org}, {@code recipient}, {@code
     * letter}, {@code row}); batch file names are made from the same.
     */
    public Map<String, Object> variables(Letter letter, Map<String, String> row) {
        return models.base(letter, row);
    }

    /** What a writer needs of a letter beyond its Markdown, known before rendering. */
    public DocumentMetadata metadata(Letter letter) {
        return MetadataMaker.of(letter, arguments(letter), library, proof);
    }

    /**
     * Renders an argument's body as it would print in a letter of the library's sample
     * organization.
     */
    public String preview(Argument argument) {
        Letter letter = SampleLetter.letter("support", List.of(argument.id()), Locale.US);
        return engine(letter.template())
                .engine()
                .renderSource(
                        argument.origin(),
                        argument.body(),
                        argument.bodyLine(),
                        LetterRenderer.argumentModel(
                                models.base(letter, Map.of()), argument, letter),
                        letter.locale())
                .strip();
    }

    /** Describes a template without rendering it, or fails with a "did you mean" answer. */
    public TemplateInfo describeTemplate(String name) {
        return new TemplateInspector(this).describe(name);
    }

    /** Inspects a template by test-rendering it, or fails with a "did you mean" answer. */
    public TemplateInfo inspectTemplate(String name) {
        return new TemplateInspector(this).inspect(name);
    }

    /** What a format would refuse in a letter written with these options, from its values. */
    public List<Problem> check(Letter letter, LetterWriter writer, OutputOptions options) {
        return writer.check(metadata(letter), options);
    }

    /** Writes a rendered letter in a format to a stream, without closing it. */
    public void write(
            RenderedLetter letter, LetterWriter writer, OutputOptions options, OutputStream out)
            throws IOException {
        writer.write(letter, options, out);
    }

    /** Returns a rendered letter's bytes in a format, complete, in memory. */
    public byte[] bytes(RenderedLetter letter, LetterWriter writer, OutputOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.write(letter, options, out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        engines.values().forEach(e -> e.engine().close());
        engines.clear();
    }

    /** A template engine over the given folders, with a hook that shows templates a view. */
    TemplateEngine newEngine(
            String template, java.util.function.UnaryOperator<Map<String, Object>> view) {
        return new TemplateEngine(templateFolders(template), limits, view);
    }

    /** A renderer over an engine of this composer's. */
    LetterRenderer renderer(TemplateEngine engine) {
        return new LetterRenderer(engine, library::messages);
    }

    /** A loader checking names against this composer's library, warnings dropped. */
    LetterLoader quietLoader() {
        return new LetterLoader(library);
    }

    List<Argument> arguments(Letter letter) {
        List<Argument> out = new ArrayList<>(letter.arguments().size());
        for (String id : letter.arguments()) {
            out.add(library.argument(id, letter));
        }
        return out;
    }

    private Engine engine(String template) {
        return engines.computeIfAbsent(
                templateFolders(template),
                folders -> {
                    TemplateEngine engine = new TemplateEngine(folders, limits);
                    return new Engine(engine, new LetterRenderer(engine, library::messages, proof));
                });
    }

    /** The template's file name as the engine looks it up. */
    static String templateName(String template) {
        return template.endsWith(".ftl")
                ? Path.of(template).getFileName().toString()
                : TemplateNames.file(template);
    }

    /** The folders to search for a template (a library name or a .ftl path), then the library's. */
    private List<Path> templateFolders(String template) {
        List<Path> folders = new ArrayList<>();
        if (template.endsWith(".ftl")) {
            folders.add(Path.of(template).getParent());
        }
        library.userFolder().ifPresent(folders::add);
        return List.copyOf(folders);
    }
}
