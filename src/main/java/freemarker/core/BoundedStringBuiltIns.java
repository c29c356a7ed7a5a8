package freemarker.core;

import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * Bounded versions of the string built-ins whose result can be longer than their input. Those that
 * grow by at most a small factor (case changes, escaping, {@code ?ensure_ends_with}) have their
 * result checked; those whose arguments set the size ({@code ?left_pad}, {@code ?indent}, {@code
 * ?wrap}, {@code ?replace}, {@code ?truncate}'s terminator length) have the size worked out from
 * the arguments before anything is made.
 */
final class BoundedStringBuiltIns {
    private BoundedStringBuiltIns() {}

    // Results checked after: at most a few times longer than an input that is within the bounds.

    static final class UpperCase extends BuiltInsForStringsBasic.upper_caseBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            String s = getTargetString(target, env);
            caseMapping(this, env, s);
            return Checked.result(this, env, calculateResult(s, env));
        }
    }

    static final class LowerCase extends BuiltInsForStringsBasic.lower_caseBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            String s = getTargetString(target, env);
            caseMapping(this, env, s);
            return Checked.result(this, env, calculateResult(s, env));
        }
    }

    static final class CUpperCase extends BuiltInsForStringsBasic.c_upper_caseBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            String s = getTargetString(target, env);
            caseMapping(this, env, s);
            return Checked.result(this, env, calculateResult(s, env));
        }
    }

    static final class CLowerCase extends BuiltInsForStringsBasic.c_lower_caseBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            String s = getTargetString(target, env);
            caseMapping(this, env, s);
            return Checked.result(this, env, calculateResult(s, env));
        }
    }

    static final class Capitalize extends BuiltInsForStringsBasic.capitalizeBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            String s = getTargetString(target, env);
            caseMapping(this, env, s);
            return Checked.result(this, env, calculateResult(s, env));
        }
    }

    static final class JString extends BuiltInsForStringsEncoding.j_stringBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class JsString extends BuiltInsForStringsEncoding.js_stringBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class JsonString extends BuiltInsForStringsEncoding.json_stringBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class Url extends BuiltInsForStringsEncoding.urlBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class UrlPath extends BuiltInsForStringsEncoding.urlPathBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class EnsureEndsWith extends BuiltInsForStringsBasic.ensure_ends_withBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class EnsureStartsWith extends BuiltInsForStringsBasic.ensure_starts_withBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class Esc extends BuiltInsForOutputFormatRelated.escBI {
        @Override
        protected TemplateModel calculateResult(
                String lho, MarkupOutputFormat outputFormat, Environment env)
                throws TemplateException {
            return Checked.result(this, env, super.calculateResult(lho, outputFormat, env));
        }
    }

    /**
     * The JDK changes the case of each character that grows ({@code ß} to {@code SS}) or depends on
     * its neighbours (a final {@code Σ}) in time proportional to the whole string: a text of such
     * characters takes quadratic time, 30 seconds for 40,000 {@code Σ}, and nothing can interrupt
     * it. So such texts are refused above a cost that takes about a tenth of a second.
     */
    private static void caseMapping(BuiltIn bi, Environment env, String s)
            throws TemplateModelException {
        if (ResourceBounds.of(env) != null && Strings.caseMappingCost(s) > MAX_CASE_MAPPING_COST) {
            throw ResourceBounds.failure(
                    bi,
                    env,
                    "?"
                            + bi.key
                            + " would take too long on this text of "
                            + s.length()
                            + " characters: too many of them change length (as \u00DF does)"
                            + " or depend on their word (as \u03A3 does)");
        }
    }

    static final long MAX_CASE_MAPPING_COST = 5_000_000;

    // Sequences of pieces: at most one item per character of an input within the bounds.

    static final class Split extends BuiltInsForStringsBasic.split_BI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class Lines extends BuiltInsForStringsBasic.linesBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    static final class WordList extends BuiltInsForStringsBasic.word_listBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env));
        }
    }

    // Sizes set by the arguments: checked before.

    static final class Pad extends BuiltInsForStringsBasic.padBI {
        Pad(boolean left) {
            super(left);
        }

        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            return Checked.result(
                    this,
                    env,
                    super.calculateResult(s, env),
                    args -> {
                        if (!args.isEmpty() && args.get(0) instanceof TemplateNumberModel) {
                            int width = getNumberMethodArg(args, 0).intValue();
                            check(env, Math.max(width, s.length()));
                        }
                    });
        }

        private void check(Environment env, long length) throws TemplateModelException {
            ResourceBounds.of(env).checkString(this, env, "?" + key, length);
        }
    }

    static final class Indent extends BuiltInsForStringsBasic.indentBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            return Checked.result(
                    this,
                    env,
                    super.calculateResult(s, env),
                    args -> {
                        if (!args.isEmpty() && args.get(0) instanceof TemplateScalarModel) {
                            long prefix = getStringMethodArg(args, 0).length();
                            long lines = 1 + Strings.lineBreaks(s);
                            // FreeMarker reserves room for a line per 20 characters.
                            long reserved = s.length() + prefix * (4 + s.length() / 20);
                            long length = s.length() + lines * prefix;
                            ResourceBounds.of(env)
                                    .checkString(this, env, "?" + key, Math.max(length, reserved));
                        }
                    });
        }
    }

    static final class Wrap extends BuiltInsForStringsBasic.wrapBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            return Checked.result(
                    this,
                    env,
                    super.calculateResult(s, env),
                    args -> {
                        long first = prefix(args, 1);
                        long rest = args.size() > 2 ? prefix(args, 2) : first;
                        long words = Strings.words(s);
                        long length = s.length() + first + 1 + words * (1 + rest);
                        ResourceBounds.of(env).checkString(this, env, "?" + key, length);
                    });
        }

        private long prefix(List<?> args, int index) throws TemplateModelException {
            return args.size() > index && args.get(index) instanceof TemplateScalarModel
                    ? getStringMethodArg(args, index).length()
                    : 0;
        }
    }

    static final class Replace extends BuiltInsForStringsRegexp.replace_reBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateModelException {
            return Checked.result(
                    this,
                    env,
                    super.calculateResult(s, env),
                    args -> {
                        if (args.size() >= 2
                                && args.get(0) instanceof String from
                                && args.get(1) instanceof String to) {
                            long flags =
                                    args.size() > 2 && args.get(2) instanceof String f
                                            ? RegexpHelper.parseFlagString(f)
                                            : 0;
                            ResourceBounds bounds = ResourceBounds.of(env);
                            long limit = bounds.maxStringLength();
                            long length = Strings.replacedLength(s, from, to, flags, limit);
                            bounds.checkString(this, env, "?" + key, length);
                        }
                    });
        }
    }
}
