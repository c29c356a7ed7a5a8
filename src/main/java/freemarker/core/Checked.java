package freemarker.core;

import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/**
 * Checks the result of a built-in against the render's {@link ResourceBounds}: a string is at most
 * {@code maxStringLength} characters, a sequence at most {@code maxSequenceSize} items. A built-in
 * that returns a method (such as {@code ?left_pad}, which is then called with its arguments) gets
 * that method back wrapped, so its arguments are checked before it runs and its result after.
 */
final class Checked {
    private Checked() {}

    /** Checks a built-in's arguments before the built-in allocates anything. */
    @FunctionalInterface
    interface Arguments {
        void check(List<?> args) throws TemplateModelException;
    }

    private static final Arguments ANY = args -> {};

    /** Checks a built-in's result; wraps it if it is a method. */
    static TemplateModel result(BuiltIn bi, Environment env, TemplateModel result)
            throws TemplateModelException {
        return result(bi, env, result, ANY);
    }

    /**
     * Checks a built-in's result; if it is a method, wraps it so that {@code before} checks the
     * arguments of each call and the call's result is checked after.
     */
    static TemplateModel result(BuiltIn bi, Environment env, TemplateModel result, Arguments before)
            throws TemplateModelException {
        ResourceBounds bounds = ResourceBounds.of(env);
        if (bounds == null) {
            return result;
        }
        if (result instanceof TemplateMethodModel method) {
            boolean ex = method instanceof TemplateMethodModelEx;
            if (result instanceof TemplateScalarModel scalar) {
                return ex
                        ? new ScalarMethodEx(bounds, bi, env, method, scalar, before)
                        : new ScalarMethod(bounds, bi, env, method, scalar, before);
            }
            return ex
                    ? new MethodEx(bounds, bi, env, method, before)
                    : new Method(bounds, bi, env, method, before);
        }
        check(bounds, bi, env, result);
        return result;
    }

    /** Fails if a value is a string or sequence over the bounds. */
    static void check(ResourceBounds bounds, BuiltIn bi, Environment env, Object value)
            throws TemplateModelException {
        String operation = "?" + bi.key;
        if (value instanceof TemplateMarkupOutputModel<?> markup) {
            bounds.checkString(bi, env, operation, markupLength(markup));
        } else if (value instanceof TemplateScalarModel scalar) {
            String s = scalar.getAsString();
            bounds.checkString(bi, env, operation, s != null ? s.length() : 0);
        } else if (value instanceof String s) {
            bounds.checkString(bi, env, operation, s.length());
        } else if (value instanceof TemplateSequenceModel seq) {
            bounds.checkSize(bi, env, operation, seq.size());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static long markupLength(TemplateMarkupOutputModel<?> markup) throws TemplateModelException {
        MarkupOutputFormat format = markup.getOutputFormat();
        String text = format.getMarkupString(markup);
        return text != null ? text.length() : 0;
    }

    /** A method result whose calls get their arguments and results checked. */
    private abstract static class Call {
        final ResourceBounds bounds;
        final BuiltIn bi;
        final Environment env;
        final Arguments before;

        Call(ResourceBounds bounds, BuiltIn bi, Environment env, Arguments before) {
            this.bounds = bounds;
            this.bi = bi;
            this.env = env;
            this.before = before;
        }

        Object call(TemplateMethodModel method, List<?> args) throws TemplateModelException {
            before.check(args);
            Object result = method.exec(args);
            check(bounds, bi, env, result);
            return result;
        }
    }

    private static final class MethodEx extends Call implements TemplateMethodModelEx {
        private final TemplateMethodModel method;

        MethodEx(
                ResourceBounds bounds,
                BuiltIn bi,
                Environment env,
                TemplateMethodModel method,
                Arguments before) {
            super(bounds, bi, env, before);
            this.method = method;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object exec(List args) throws TemplateModelException {
            return call(method, args);
        }
    }

    private static final class Method extends Call implements TemplateMethodModel {
        private final TemplateMethodModel method;

        Method(
                ResourceBounds bounds,
                BuiltIn bi,
                Environment env,
                TemplateMethodModel method,
                Arguments before) {
            super(bounds, bi, env, before);
            this.method = method;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object exec(List args) throws TemplateModelException {
            return call(method, args);
        }
    }

    /** Such as the result of {@code ?url}: a string, or a method taking a charset. */
    private static class ScalarMethod extends Call
            implements TemplateMethodModel, TemplateScalarModel {
        private final TemplateMethodModel method;
        private final TemplateScalarModel scalar;

        ScalarMethod(
                ResourceBounds bounds,
                BuiltIn bi,
                Environment env,
                TemplateMethodModel method,
                TemplateScalarModel scalar,
                Arguments before) {
            super(bounds, bi, env, before);
            this.method = method;
            this.scalar = scalar;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Object exec(List args) throws TemplateModelException {
            return call(method, args);
        }

        @Override
        public String getAsString() throws TemplateModelException {
            String s = scalar.getAsString();
            check(bounds, bi, env, s);
            return s;
        }
    }

    /** A string that is also a method taking models as arguments. */
    private static final class ScalarMethodEx extends ScalarMethod
            implements TemplateMethodModelEx {
        ScalarMethodEx(
                ResourceBounds bounds,
                BuiltIn bi,
                Environment env,
                TemplateMethodModel method,
                TemplateScalarModel scalar,
                Arguments before) {
            super(bounds, bi, env, method, scalar, before);
        }
    }
}
