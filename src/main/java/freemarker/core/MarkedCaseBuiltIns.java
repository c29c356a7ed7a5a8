package freemarker.core;

import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;

/**
 * Added by advocate (not a FreeMarker class): {@code ?cap_first} and {@code ?uncap_first} keep the
 * marks of marked text ({@link PlainTextMarkup}), as for the sender's name at the start of a
 * sentence ({@code introduced?cap_first}). Other text is changed exactly as FreeMarker changes it.
 * (The other case built-ins can change a text's length, and are bounded in {@code
 * BoundedStringBuiltIns}; marked text comes out of them unmarked.)
 */
final class MarkedCaseBuiltIns {
    private MarkedCaseBuiltIns() {}

    static final class CapFirst extends BuiltInsForStringsBasic.cap_firstBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return MarkedCaseBuiltIns.keepMarks(this, env);
        }
    }

    static final class UncapFirst extends BuiltInsForStringsBasic.uncap_firstBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return MarkedCaseBuiltIns.keepMarks(this, env);
        }
    }

    /** Evaluates the target once: marked text keeps its marks, anything else as FreeMarker does. */
    private static TemplateModel keepMarks(BuiltInForString builtIn, Environment env)
            throws TemplateException {
        TemplateModel model = builtIn.target.eval(env);
        if (model instanceof PlainTextMarkup marked) {
            TemplateModel result = builtIn.calculateResult(marked.getAsString(), env);
            return marked.retext(((TemplateScalarModel) result).getAsString());
        }
        return builtIn.calculateResult(
                EvalUtil.coerceModelToStringOrUnsupportedMarkup(model, builtIn.target, null, env),
                env);
    }
}
