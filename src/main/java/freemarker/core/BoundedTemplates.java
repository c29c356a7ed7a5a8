package freemarker.core;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;

/**
 * Adds bounds to a parsed template: every macro and function body counts how deeply calls nest, and
 * every {@code <#assign x>...</#assign>} (also {@code #local}, {@code #global}) captures at most
 * {@link ResourceBounds#maxStringLength()} characters. Element children can be replaced in place,
 * so nothing of FreeMarker's is copied for this.
 */
final class BoundedTemplates {
    private BoundedTemplates() {}

    /** The per-render count of active macro and function calls. */
    static final class Depth {
        private static final Object KEY = new Object();
        int active;

        static Depth of(Environment env) {
            Depth depth = (Depth) env.getCustomState(KEY);
            if (depth == null) {
                depth = new Depth();
                env.setCustomState(KEY, depth);
            }
            return depth;
        }

        /** Counts one more call, failing when that is one too many. */
        void enter(ResourceBounds bounds, TemplateObject at, Environment env, String what)
                throws TemplateException {
            ResourceBounds.checkInterrupted();
            if (active >= bounds.maxDepth()) {
                throw ResourceBounds.failure(
                        at,
                        env,
                        what
                                + " is nested more than the limit of "
                                + bounds.maxDepth()
                                + " calls deep (runaway recursion?)");
            }
            active++;
        }

        void exit() {
            active--;
        }
    }

    static void instrument(Template template) {
        instrument(template.getRootTreeNode());
    }

    private static void instrument(TemplateElement element) {
        if (element == null) {
            return;
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            instrument(element.getChild(i));
        }
        if (element instanceof Macro macro) {
            wrapChildren(macro, new DepthGuard(macro));
        } else if (element instanceof BlockAssignment) {
            wrapChildren(element, new CaptureBound(element));
        }
    }

    /** Moves the children of {@code parent} under {@code wrapper}, which becomes its only child. */
    private static void wrapChildren(TemplateElement parent, TemplateElement wrapper) {
        int count = parent.getChildCount();
        if (count == 0 || parent.getChild(0) instanceof Wrapper) {
            return;
        }
        TemplateElement[] children = new TemplateElement[count];
        System.arraycopy(parent.getChildBuffer(), 0, children, 0, count);
        wrapper.setChildren(new TemplateElements(children, count));
        parent.setChildren(new TemplateElements(new TemplateElement[] {wrapper}, 1));
    }

    /** An element that runs its children, with something around them. */
    private abstract static class Wrapper extends TemplateElement {
        Wrapper(TemplateElement at) {
            copyLocationFrom(at);
        }

        @Override
        protected String dump(boolean canonical) {
            return canonical ? getChildrenCanonicalForm() : getNodeTypeSymbol();
        }

        @Override
        int getParameterCount() {
            return 0;
        }

        @Override
        Object getParameterValue(int idx) {
            throw new IndexOutOfBoundsException();
        }

        @Override
        ParameterRole getParameterRole(int idx) {
            throw new IndexOutOfBoundsException();
        }

        @Override
        boolean isNestedBlockRepeater() {
            return false;
        }
    }

    /** Counts the calls of a macro or function that are active at once. */
    private static final class DepthGuard extends Wrapper {
        private final String what;

        DepthGuard(Macro macro) {
            super(macro);
            this.what = (macro.isFunction() ? "function " : "macro ") + macro.getName();
        }

        @Override
        TemplateElement[] accept(Environment env) throws TemplateException, IOException {
            ResourceBounds bounds = ResourceBounds.of(env);
            if (bounds == null) {
                return getChildBuffer();
            }
            Depth depth = Depth.of(env);
            depth.enter(bounds, this, env, what);
            try {
                env.visit(getChildBuffer());
            } finally {
                depth.exit();
            }
            return null;
        }

        @Override
        String getNodeTypeSymbol() {
            return "#depthGuard";
        }
    }

    /** Bounds what a block assignment captures. */
    private static final class CaptureBound extends Wrapper {
        CaptureBound(TemplateElement assignment) {
            super(assignment);
        }

        @Override
        TemplateElement[] accept(Environment env) throws TemplateException, IOException {
            ResourceBounds bounds = ResourceBounds.of(env);
            if (bounds == null) {
                return getChildBuffer();
            }
            BoundedWriter out = new BoundedWriter(env.getOut(), bounds.maxStringLength());
            try {
                env.visit(getChildBuffer(), out);
            } catch (BoundedWriter.Exceeded e) {
                if (e.writer != out) {
                    throw e;
                }
                throw ResourceBounds.failure(
                        this,
                        env,
                        "<"
                                + getParentElement().getNodeTypeSymbol()
                                + "> would capture a string over the limit of "
                                + bounds.maxStringLength()
                                + " characters");
            }
            return null;
        }

        @Override
        String getNodeTypeSymbol() {
            return "#captureBound";
        }
    }

    /** Passes text on until a number of characters has gone through. */
    static final class BoundedWriter extends Writer {
        /** Thrown when more than the limit would be written. */
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
            final transient BoundedWriter writer;

            Exceeded(BoundedWriter writer) {
                super("more than " + writer.limit + " characters");
                this.writer = writer;
            }
        }

        private final Writer out;
        private final long limit;
        private long written;

        BoundedWriter(Writer out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        private void count(int len) throws Exceeded {
            if (written + len > limit) {
                throw new Exceeded(this);
            }
            written += len;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            count(len);
            out.write(chars, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            count(len);
            out.write(str, off, len);
        }

        @Override
        public void write(int c) throws IOException {
            count(1);
            out.write(c);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {}
    }
}
