package org.advocate.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.ResourceBounds;
import freemarker.core.TemplateElement;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.advocate.TemplateFailure;

/**
 * Renders templates in the sandbox, within {@link RenderLimits}. Templates are looked up in the
 * given folders first, then in the built-in library on the class path. One engine serves many
 * renders and threads; close it to stop its watchdog thread.
 */
public final class TemplateEngine implements AutoCloseable {
    private final SandboxedConfiguration cfg;
    private final RenderLimits limits;
    private final List<Path> folders;
    private final Watchdog watchdog;
    private final UnaryOperator<Map<String, Object>> view;

    /** The most parsed sources kept (argument bodies: a batch renders the same few per row). */
    private static final int MAX_PARSED = 256;

    /** Parsed template sources, by origin, first line and text. */
    private final Map<Source, Template> parsed = new ConcurrentHashMap<>();

    /**
     * The output of parsed sources that hold only text and comments (most argument bodies): it
     * cannot depend on the model or the locale, so it is rendered once.
     */
    private final Map<Source, String> fixed = new ConcurrentHashMap<>();

    private record Source(String origin, int firstLine, String text) {}

    /**
     * @param folders folders to look for templates in, before the built-in library
     * @param limits bounds on each render
     */
    public TemplateEngine(List<Path> folders, RenderLimits limits) {
        this(folders, limits, UnaryOperator.identity());
    }

    /**
     * An engine that shows templates (not argument bodies) a view of the model, e.g. one that
     * records which variables a template reads.
     */
    public TemplateEngine(
            List<Path> folders, RenderLimits limits, UnaryOperator<Map<String, Object>> view) {
        this.view = view;
        this.folders = List.copyOf(folders);
        this.limits = limits;
        this.cfg = new SandboxedConfiguration(loader(this.folders), limits);
        this.watchdog = new Watchdog(limits.time());
    }

    private static TemplateLoader loader(List<Path> folders) {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new TemplateFailure(
                        "cannot read template folder " + folder + ": " + e.getMessage(), e);
            }
        }
        loaders.add(
                new ClassTemplateLoader(
                        TemplateEngine.class.getClassLoader(), TemplateNames.BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Renders a template of the library (or of the extra folders) by name. */
    public String render(String name, Map<String, Object> model, Locale locale) {
        Template template;
        try {
            template = cfg.getTemplate(name, locale);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure("template not found: " + name, e);
        } catch (MalformedTemplateNameException e) {
            throw new TemplateFailure(
                    "bad template name '" + name + "': " + e.getMalformednessDescription(), e);
        } catch (ParseException e) {
            throw new TemplateFailure(TemplateErrors.describe(e, this::display), e);
        } catch (IOException e) {
            throw new TemplateFailure("cannot read template " + name + ": " + e.getMessage(), e);
        }
        return process(template, view.apply(model), locale);
    }

    /**
     * Renders template source that is not a library file, such as an argument body.
     *
     * @param origin the file it comes from, for messages
     * @param source the template text
     * @param firstLine the line of the file on which the text starts
     */
    public String renderSource(
            String origin, String source, int firstLine, Map<String, Object> model, Locale locale) {
        Source key = new Source(origin, firstLine, source);
        String output = fixed.get(key);
        if (output != null) {
            return output;
        }
        Template template = parsed.get(key);
        if (template != null) {
            return process(template, model, locale);
        }
        try {
            // Padding keeps FreeMarker's line numbers equal to the file's.
            String padded = "\n".repeat(Math.max(0, firstLine - 1)) + source;
            template =
                    ParseTimer.parse(
                            origin,
                            limits.time(),
                            () -> {
                                Template t =
                                        new Template(origin, origin, new StringReader(padded), cfg);
                                cfg.vet(t);
                                return t;
                            });
        } catch (ParseException e) {
            throw new TemplateFailure(TemplateErrors.describe(e, s -> s), e);
        } catch (IOException e) {
            throw new TemplateFailure("cannot read " + origin + ": " + e.getMessage(), e);
        }
        output = process(template, model, locale);
        if (parsed.size() + fixed.size() < MAX_PARSED) {
            if (textOnly(template.getRootTreeNode())) {
                fixed.putIfAbsent(key, output);
            } else {
                parsed.putIfAbsent(key, template);
            }
        }
        return output;
    }

    /** Returns whether a template holds nothing but text and comments. */
    private static boolean textOnly(TemplateElement element) {
        if (element == null) {
            return true;
        }
        String kind = element.getClass().getSimpleName();
        if (!kind.equals("TextBlock") && !kind.equals("Comment") && !kind.equals("MixedContent")) {
            return false;
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            if (!textOnly((TemplateElement) element.getChildAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String process(Template template, Map<String, Object> model, Locale locale) {
        LimitedWriter out = new LimitedWriter(limits.maxChars());
        Watchdog.Alarm alarm = watchdog.arm();
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            // Numbers as the letter's locale writes them: 1,234 (en), 1 234 (fr), 1.234 (es).
            env.setNumberFormat("number");
            env.process();
            return out.toString();
        } catch (LimitedWriter.LimitExceeded e) {
            throw new TemplateFailure(display(template.getSourceName()) + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            if (alarm.timedOut()) {
                throw timeout(template);
            }
            // A bound that was passed deep inside (wrapped by FreeMarker) is the error to show.
            TemplateException refused = ResourceBounds.refused(e);
            throw new TemplateFailure(
                    TemplateErrors.describe(refused != null ? refused : e, this::display), e);
        } catch (IOException e) {
            throw new TemplateFailure(display(template.getSourceName()) + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new TemplateFailure(
                    display(template.getSourceName())
                            + ": template recursion is too deep (a macro or function that never"
                            + " stops calling itself?)",
                    e);
        } catch (OutOfMemoryError e) {
            throw new TemplateFailure(
                    display(template.getSourceName()) + ": template used too much memory", e);
        } catch (TemplateFailure e) {
            throw e;
        } catch (RuntimeException e) {
            if (alarm.timedOut()) {
                throw timeout(template);
            }
            throw new TemplateFailure(display(template.getSourceName()) + ": " + e, e);
        } finally {
            watchdog.disarm(alarm);
        }
    }

    private TemplateFailure timeout(Template template) {
        return new TemplateFailure(
                display(template.getSourceName())
                        + ": template took longer than "
                        + seconds(limits.time())
                        + " to render (an endless loop?)");
    }

    private static String seconds(java.time.Duration time) {
        return java.math.BigDecimal.valueOf(time.toMillis(), 3).stripTrailingZeros().toPlainString()
                + " s";
    }

    /** Names a template source for messages: its file path, or its place in the library. */
    String display(String sourceName) {
        if (sourceName == null) {
            return "template";
        }
        for (Path folder : folders) {
            Path candidate = folder.resolve(sourceName);
            if (candidate.toFile().isFile()) {
                return candidate.toString();
            }
        }
        if (sourceName.startsWith("/")
                || sourceName.contains(":")
                || sourceName.startsWith(TemplateNames.BUILT_IN + "/")) {
            // A path, or an argument's origin, which already names its place in the library.
            return sourceName;
        }
        return TemplateNames.BUILT_IN + "/" + sourceName;
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
