package org.advocate.template;

import freemarker.cache.TemplateLoader;
import freemarker.core.BoundedArithmeticEngine;
import freemarker.core.ResourceBounds;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.HtmlEscape;
import freemarker.template.utility.NormalizeNewlines;
import freemarker.template.utility.StandardCompress;
import freemarker.template.utility.XmlEscape;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.advocate.TemplateFailure;

/**
 * A FreeMarker configuration safe for templates from third parties (DESIGN.md §5). No Java class
 * can be instantiated or reached ({@code ?new}, {@code ?api} and the object wrapper all refuse),
 * templates load only below their loader's root, every template is Markdown with forced
 * auto-escaping, and every template that is loaded, included or imported passes {@link
 * #vet(Template)}: it may not switch output format, and its loops and macros get interruption
 * checks so the render time limit can stop them. Every resource a template can take is bounded
 * inside FreeMarker by the {@link RenderLimits} (see {@link ResourceBounds}).
 */
final class SandboxedConfiguration extends Configuration implements ResourceBounds.Source {
    static {
        // Once per process, before any template of this configuration is parsed.
        ResourceBounds.install();
    }

    /** The special variable {@code .now} in an expression (not in plain text). */
    private static final Pattern NOW = Pattern.compile("(?<![\\w.])\\.now\\b");

    private final Set<Template> vetted = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final ResourceBounds bounds;
    private final java.time.Duration parseTime;

    SandboxedConfiguration(TemplateLoader loader, RenderLimits limits) {
        super(Configuration.VERSION_2_3_35);
        this.parseTime = limits.time();
        this.bounds =
                new ResourceBounds(
                        limits.maxStringLength(), limits.maxSequenceSize(), limits.maxDepth());
        setArithmeticEngine(new BoundedArithmeticEngine());
        try {
            // FreeMarker's own shared directives, less capture_output, which collects without
            // bound.
            setSharedVariables(
                    Map.of(
                            "compress", StandardCompress.INSTANCE,
                            "html_escape", new HtmlEscape(),
                            "normalize_newlines", new NormalizeNewlines(),
                            "xml_escape", new XmlEscape()));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        setAPIBuiltinEnabled(false);
        setTemplateLoader(loader);
        setTemplateNameFormat(freemarker.cache.TemplateNameFormat.DEFAULT_2_4_0);
        setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        setAttemptExceptionReporter((e, env) -> {});
        setLogTemplateExceptions(false);
        setWrapUncheckedExceptions(true);
        setFallbackOnNullLoopVariable(false);
        setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_35));
        setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        setOutputFormat(MarkdownOutputFormat.INSTANCE);
        setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        setRecognizeStandardFileExtensions(false);
        // Language variants (support.fr.md.ftl), not FreeMarker's support_fr.md.ftl naming.
        setLocalizedLookup(true);
        setTemplateLookupStrategy(new LanguageVariantLookup());
        setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        setDefaultEncoding("UTF-8");
        setTimeZone(TimeZone.getTimeZone("UTC"));
        setLocale(Locale.US);
        setNumberFormat("computer");
        setBooleanFormat("c");
        setURLEscapingCharset("UTF-8");
    }

    /**
     * Templates, once parsed and vetted, by everything FreeMarker looks them up by. FreeMarker
     * caches them too, but only this cache can be asked without a parse that may take long.
     */
    private final Map<List<Object>, Template> loaded = new ConcurrentHashMap<>();

    @Override
    public Template getTemplate(
            String name,
            Locale locale,
            Object customLookupCondition,
            String encoding,
            boolean parseAsFTL,
            boolean ignoreMissing)
            throws IOException {
        List<Object> key = Arrays.asList(name, locale, customLookupCondition, encoding, parseAsFTL);
        Template template = loaded.get(key);
        if (template != null) {
            return template;
        }
        template =
                ParseTimer.parse(
                        name,
                        parseTime,
                        () -> {
                            Template t =
                                    super.getTemplate(
                                            name,
                                            locale,
                                            customLookupCondition,
                                            encoding,
                                            parseAsFTL,
                                            ignoreMissing);
                            if (t != null) {
                                vet(t);
                            }
                            return t;
                        });
        if (template != null) {
            loaded.putIfAbsent(key, template);
        }
        return template;
    }

    /** Checks a template once and adds the interruption checks the time limit relies on. */
    void vet(Template template) {
        synchronized (template) {
            if (vetted.contains(template)) {
                return;
            }
            if (template.getOutputFormat() != MarkdownOutputFormat.INSTANCE) {
                throw new TemplateFailure(
                        template.getSourceName()
                                + ":1:1: templates may not change the output format (found "
                                + template.getOutputFormat().getName()
                                + ")");
            }
            rejectUnsafe(template.getSourceName(), template.getRootTreeNode());
            _CoreAPI.addThreadInterruptedChecks(template);
            ResourceBounds.instrument(template);
            vetted.add(template);
        }
    }

    /**
     * Refuses what the settings cannot: {@code <#outputformat>} blocks, which would switch off
     * Markdown escaping, and the {@code .now} variable, which would make a letter's bytes differ
     * from run to run (a letter is dated by its {@code date:} field).
     */
    private static void rejectUnsafe(String source, TemplateElement element) {
        if (element == null) {
            return;
        }
        String kind = element.getClass().getSimpleName();
        if (kind.equals("AttemptBlock")) {
            throw failure(
                    source,
                    element,
                    "<#attempt> is not available: a letter renders in full or fails with the error"
                            + " (and what an attempt holds back has no bound)");
        }
        if (kind.equals("OutputFormatBlock")) {
            throw failure(
                    source,
                    element,
                    "templates may not change the output format (<#outputformat>)");
        }
        if (!kind.equals("TextBlock") && NOW.matcher(element.getDescription()).find()) {
            throw failure(
                    source,
                    element,
                    ".now (the time of rendering) is not available: a letter must come out the"
                            + " same on every run; use ${letter.date}, set by the letter's date:");
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            rejectUnsafe(source, (TemplateElement) element.getChildAt(i));
        }
    }

    @Override
    public ResourceBounds resourceBounds() {
        return bounds;
    }

    private static TemplateFailure failure(String source, TemplateElement at, String message) {
        return new TemplateFailure(
                source + ":" + at.getBeginLine() + ":" + at.getBeginColumn() + ": " + message);
    }
}
