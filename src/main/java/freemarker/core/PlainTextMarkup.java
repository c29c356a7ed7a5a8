package freemarker.core;

import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;

/**
 * Added by advocate (not a FreeMarker class): markup that is also text, such as a merged value a
 * proof marks. It prints as its markup, and compares and transforms as its plain text. Joined with
 * {@code +}, inside {@code "${...}"} or by {@code ?join} to text, or to markup whose plain text is
 * known, it makes one of its kind again, so the result still works as text; FreeMarker's own
 * joining would give markup alone, which string built-ins refuse, or text alone, unmarked.
 */
public interface PlainTextMarkup extends TemplateScalarModel {
    /**
     * Joins two pieces into one of this kind.
     *
     * @param left the left piece's model when it is markup, or null when it is text
     * @param leftPlain the left piece's plain text
     * @param right the right piece's model when it is markup, or null when it is text
     * @param rightPlain the right piece's plain text
     */
    TemplateMarkupOutputModel<?> join(
            TemplateMarkupOutputModel<?> left,
            String leftPlain,
            TemplateMarkupOutputModel<?> right,
            String rightPlain);

    /**
     * The same text changed character for character (its case): marked as before when the new text
     * has the same length, else plain text.
     */
    TemplateModel retext(String changed);

    /**
     * Joins two markup values as {@link EvalUtil#concatMarkupOutputs} does, keeping plain text when
     * one side is a {@code PlainTextMarkup} and the other's plain text is known.
     */
    static TemplateMarkupOutputModel<?> concat(
            TemplateObject parent,
            TemplateMarkupOutputModel<?> left,
            TemplateMarkupOutputModel<?> right)
            throws TemplateException {
        PlainTextMarkup kind =
                left instanceof PlainTextMarkup l
                        ? l
                        : right instanceof PlainTextMarkup r ? r : null;
        if (kind != null && left.getOutputFormat() == right.getOutputFormat()) {
            String leftPlain = plainText(left);
            String rightPlain = plainText(right);
            if (leftPlain != null && rightPlain != null) {
                return kind.join(left, leftPlain, right, rightPlain);
            }
        }
        return EvalUtil.concatMarkupOutputs(parent, left, right);
    }

    /** The plain text of markup, or null when it is not known. */
    static String plainText(TemplateMarkupOutputModel<?> model) throws TemplateException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        return model instanceof CommonTemplateMarkupOutputModel<?> c
                ? c.getPlainTextContent()
                : null;
    }
}
