package freemarker.core;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateModelException;

/**
 * Bounds on what one render may allocate, checked inside FreeMarker before the allocation: the
 * length of every string a template makes, the size of every sequence, hash and range, the nesting
 * of macro and function calls, and the size of numbers. FreeMarker has no hook for this, so the
 * checks live in this package: bounded subclasses of the dangerous built-ins ({@link
 * BoundedBuiltIns}, installed once per process), bounded copies of the three expression classes
 * that concatenate or build ranges ({@code AddConcatExpression}, {@code StringLiteral}, {@code
 * Range}), elements added to parsed templates ({@link BoundedTemplates}) and a bounded arithmetic
 * engine ({@link BoundedArithmeticEngine}).
 *
 * <p>Only configurations that implement {@link Source} are bounded; any other configuration keeps
 * FreeMarker's own behaviour.
 */
public final class ResourceBounds {
    /** A configuration whose templates are bounded. */
    public interface Source {
        ResourceBounds resourceBounds();
    }

    /**
     * The most hashes joined by {@code +} in a row ({@code h = h + {...}} in a loop): FreeMarker
     * looks a key up through them recursively, and 20,000 overflow a thread's stack.
     */
    public static final int MAX_CONCATENATION_DEPTH = 2000;

    /** The most digits a number may have when written out in full (123.45 has five). */
    public static final int MAX_NUMBER_DIGITS = 1000;

    private final int maxStringLength;
    private final int maxSequenceSize;
    private final int maxDepth;

    /**
     * @param maxStringLength the most characters in one string a template makes
     * @param maxSequenceSize the most items in one sequence, hash or range a template makes
     * @param maxDepth the most macro and function calls active at once
     */
    public ResourceBounds(int maxStringLength, int maxSequenceSize, int maxDepth) {
        if (maxStringLength < 1 || maxSequenceSize < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("resource bounds must be positive");
        }
        this.maxStringLength = maxStringLength;
        this.maxSequenceSize = maxSequenceSize;
        this.maxDepth = maxDepth;
    }

    public int maxStringLength() {
        return maxStringLength;
    }

    public int maxSequenceSize() {
        return maxSequenceSize;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Makes the built-ins bounded for every {@link Source} configuration; safe to call from any
     * thread, any number of times (the work is done once per process). Also checks that the bounded
     * copies of FreeMarker's expression classes are the ones loaded.
     */
    public static void install() {
        BoundedBuiltIns.install();
    }

    /**
     * Adds to a freshly parsed template the checks that bound macro and function nesting and
     * captured output ({@code <#assign x>...</#assign>}).
     */
    public static void instrument(Template template) {
        BoundedTemplates.instrument(template);
    }

    /** The bounds of a render, or {@code null} if its configuration is not bounded. */
    static ResourceBounds of(Environment env) {
        return env != null ? of(env.getConfiguration()) : null;
    }

    /**
     * The bounds of a render, or of the template {@code at} belongs to when there is no render yet
     * (FreeMarker evaluates constant expressions while parsing).
     */
    static ResourceBounds of(Environment env, TemplateObject at) {
        if (env != null) {
            return of(env.getConfiguration());
        }
        Template template = at != null ? at.getTemplate() : null;
        return template != null ? of(template.getConfiguration()) : null;
    }

    private static ResourceBounds of(Configuration cfg) {
        return cfg instanceof Source source ? source.resourceBounds() : null;
    }

    /** Fails unless a string of {@code length} characters is within the bounds. */
    void checkString(TemplateObject at, Environment env, String operation, long length)
            throws TemplateModelException {
        if (length > maxStringLength) {
            throw failure(
                    at,
                    env,
                    operation
                            + " would make a string of "
                            + length
                            + " characters, over the limit of "
                            + maxStringLength);
        }
    }

    /** Fails unless a sequence (or hash, or range) of {@code size} items is within the bounds. */
    void checkSize(TemplateObject at, Environment env, String operation, long size)
            throws TemplateModelException {
        if (size > maxSequenceSize) {
            throw failure(
                    at,
                    env,
                    operation
                            + " would make a sequence of "
                            + size
                            + " items, over the limit of "
                            + maxSequenceSize);
        }
    }

    /** Fails unless a chain of hashes joined by {@code +} is within the bound. */
    void checkConcatenationDepth(TemplateObject at, Environment env, int depth)
            throws TemplateModelException {
        if (depth > MAX_CONCATENATION_DEPTH) {
            throw failure(
                    at,
                    env,
                    "+ would join more than the limit of "
                            + MAX_CONCATENATION_DEPTH
                            + " hashes in a row; build the hash in fewer steps");
        }
    }

    /**
     * A render refused: a bound was passed (the message names the operation and the bound), or the
     * template asked for something the bounds cannot cover.
     */
    public static final class Refused extends _TemplateModelException {
        private static final long serialVersionUID = 1L;
        // FreeMarker places a model exception at the element being run; the expression is closer.
        private final transient Template template;
        private final int line;
        private final int column;

        Refused(Expression blamed, String message) {
            super(blamed, message);
            this.template = blamed.getTemplate();
            this.line = blamed.getBeginLine();
            this.column = blamed.getBeginColumn();
        }

        Refused(Environment env, String message) {
            super(env, message);
            this.template = null;
            this.line = 0;
            this.column = 0;
        }

        @Override
        public String getTemplateSourceName() {
            return template != null ? template.getSourceName() : super.getTemplateSourceName();
        }

        @Override
        public String getTemplateName() {
            return template != null ? template.getName() : super.getTemplateName();
        }

        @Override
        public Integer getLineNumber() {
            return template != null ? Integer.valueOf(line) : super.getLineNumber();
        }

        @Override
        public Integer getColumnNumber() {
            return template != null ? Integer.valueOf(column) : super.getColumnNumber();
        }
    }

    /**
     * A failure blamed on an expression (whose position the message then names), or on the
     * innermost element being run.
     */
    static Refused failure(TemplateObject at, Environment env, String message) {
        if (at instanceof Expression blamed && blamed.getBeginLine() > 0) {
            return new Refused(blamed, message);
        }
        return new Refused(env != null ? env : Environment.getCurrentEnvironment(), message);
    }

    /**
     * The bound a failure comes from, if it does: FreeMarker may wrap it, so the causes are
     * searched too.
     */
    public static Refused refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refused e) {
                return e;
            }
        }
        return null;
    }

    /** Throws if the render's time is up (the watchdog interrupted its thread). */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ThreadInterruptionSupportTemplatePostProcessor
                    .TemplateProcessingThreadInterruptedException();
        }
    }
}
