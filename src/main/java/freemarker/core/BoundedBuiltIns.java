package freemarker.core;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * Puts the bounded built-ins into FreeMarker's table of built-ins, once per process. The parser
 * makes each {@code ?name} of a template by copying that table's entry, so from then on every
 * template gets the bounded versions. They behave exactly like FreeMarker's own unless the
 * configuration is a {@link ResourceBounds.Source}.
 */
final class BoundedBuiltIns {
    private BoundedBuiltIns() {}

    /** Class initialization runs this once, before any thread can use the bounded built-ins. */
    private static final class Installed {
        static final boolean DONE = install0();
    }

    static void install() {
        if (!Installed.DONE) {
            throw new IllegalStateException("bounded built-ins are not installed");
        }
    }

    private static boolean install0() {
        // The bounded copies of these classes must be the ones loaded, not FreeMarker's.
        for (Class<?> copy :
                new Class<?>[] {AddConcatExpression.class, StringLiteral.class, Range.class}) {
            try {
                copy.getDeclaredField("BOUNDED");
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(
                        "FreeMarker's own "
                                + copy.getName()
                                + " was loaded instead of advocate's bounded copy (class path"
                                + " order?)",
                        e);
            }
        }
        put(new BoundedStringBuiltIns.UpperCase(), "upper_case", "upperCase");
        put(new BoundedStringBuiltIns.LowerCase(), "lower_case", "lowerCase");
        put(new BoundedStringBuiltIns.CUpperCase(), "c_upper_case", "cUpperCase");
        put(new BoundedStringBuiltIns.CLowerCase(), "c_lower_case", "cLowerCase");
        put(new BoundedStringBuiltIns.Capitalize(), "capitalize");
        put(new BoundedStringBuiltIns.JString(), "j_string", "jString");
        put(new BoundedStringBuiltIns.JsString(), "js_string", "jsString");
        put(new BoundedStringBuiltIns.JsonString(), "json_string", "jsonString");
        put(new BoundedStringBuiltIns.Url(), "url");
        put(new BoundedStringBuiltIns.UrlPath(), "url_path", "urlPath");
        put(new BoundedStringBuiltIns.EnsureEndsWith(), "ensure_ends_with", "ensureEndsWith");
        put(new BoundedStringBuiltIns.EnsureStartsWith(), "ensure_starts_with", "ensureStartsWith");
        put(new BoundedStringBuiltIns.Esc(), "esc");
        put(new BoundedStringBuiltIns.Split(), "split");
        put(new BoundedStringBuiltIns.Lines(), "lines");
        put(new BoundedStringBuiltIns.WordList(), "word_list", "wordList");
        put(new BoundedStringBuiltIns.Pad(true), "left_pad", "leftPad");
        put(new BoundedStringBuiltIns.Pad(false), "right_pad", "rightPad");
        put(new BoundedStringBuiltIns.Indent(), "indent");
        put(new BoundedStringBuiltIns.Wrap(), "wrap");
        put(new BoundedStringBuiltIns.Replace(), "replace");
        put(new BoundedTruncateBuiltIns.Truncate(), "truncate");
        put(new BoundedTruncateBuiltIns.TruncateW(), "truncate_w", "truncateW");
        put(new BoundedTruncateBuiltIns.TruncateC(), "truncate_c", "truncateC");
        put(new BoundedTruncateBuiltIns.TruncateM(), "truncate_m", "truncateM");
        put(new BoundedTruncateBuiltIns.TruncateWM(), "truncate_w_m", "truncateWM");
        put(new BoundedTruncateBuiltIns.TruncateCM(), "truncate_c_m", "truncateCM");
        put(new BoundedSequenceBuiltIns.Join(), "join");
        put(new MarkedCaseBuiltIns.CapFirst(), "cap_first", "capFirst");
        put(new MarkedCaseBuiltIns.UncapFirst(), "uncap_first", "uncapFirst");
        put(new BoundedSequenceBuiltIns.Chunk(), "chunk");
        put(new BoundedSequenceBuiltIns.Filter(), "filter");
        put(new BoundedSequenceBuiltIns.Map(), "map");
        put(new BoundedSequenceBuiltIns.TakeWhile(), "take_while", "takeWhile");
        put(new BoundedSequenceBuiltIns.DropWhile(), "drop_while", "dropWhile");
        put(new NoEval(), "eval");
        put(new EvalJson(), "eval_json", "evalJson");
        put(new NumberBI(), "number");
        put(new NoInterpret(), "interpret");
        put(new CLike(false), "c");
        put(new CLike(true), "cn");
        return true;
    }

    /**
     * Replaces the table entries for the names; each must be the FreeMarker built-in that {@code
     * bounded} extends (for {@code ?c} and {@code ?cn}, which cannot be extended, one of the same
     * family), so a FreeMarker upgrade that changes the table fails here instead of passing by.
     */
    private static void put(BuiltIn bounded, String... names) {
        for (String name : names) {
            BuiltIn old = BuiltIn.BUILT_INS_BY_NAME.get(name);
            boolean expected =
                    old != null
                            && (old.getClass() == bounded.getClass().getSuperclass()
                                    || bounded instanceof CLike
                                            && old.getClass()
                                                    .getSuperclass()
                                                    .getSimpleName()
                                                    .equals("AbstractCLikeBI"));
            if (!expected) {
                throw new IllegalStateException(
                        "FreeMarker's built-in ?"
                                + name
                                + " is not the one advocate bounds: "
                                + old);
            }
            BuiltIn.BUILT_INS_BY_NAME.put(name, bounded);
        }
    }

    /**
     * {@code ?eval} is refused: it parses an expression while the letter renders, where
     * FreeMarker's parser can take unbounded time (see {@code ParseTimer}) and an expression can
     * evaluate itself; {@code ?eval_json} reads JSON.
     */
    static final class NoEval extends BuiltInsForStringsMisc.evalBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            if (ResourceBounds.of(env) != null) {
                throw ResourceBounds.failure(
                        this,
                        env,
                        "?"
                                + key
                                + " is not available: templates cannot parse code while they"
                                + " render (?eval_json reads JSON)");
            }
            return super.calculateResult(s, env);
        }
    }

    /** {@code ?eval_json}: its nesting, numbers and lists must be within the bounds too. */
    static final class EvalJson extends BuiltInsForStringsMisc.evalJsonBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            ResourceBounds bounds = ResourceBounds.of(env);
            if (bounds == null) {
                return super.calculateResult(s, env);
            }
            // FreeMarker's JSON parser recurses once per [ or { level.
            long nesting = Strings.jsonNesting(s);
            if (nesting > bounds.maxDepth()) {
                throw ResourceBounds.failure(
                        this,
                        env,
                        "?"
                                + key
                                + " would nest "
                                + nesting
                                + " levels deep, over the limit of "
                                + bounds.maxDepth());
            }
            TemplateModel result = super.calculateResult(s, env);
            check(bounds, env, result);
            return result;
        }

        private void check(ResourceBounds bounds, Environment env, TemplateModel value)
                throws TemplateModelException {
            if (value instanceof TemplateNumberModel number) {
                BoundedArithmeticEngine.check(this, env, "?" + key, number.getAsNumber());
            } else if (value instanceof TemplateSequenceModel seq) {
                bounds.checkSize(this, env, "?" + key, seq.size());
                for (int i = 0; i < seq.size(); i++) {
                    check(bounds, env, seq.get(i));
                }
            } else if (value instanceof TemplateHashModelEx hash) {
                bounds.checkSize(this, env, "?" + key, hash.size());
                for (TemplateModelIterator it = hash.values().iterator(); it.hasNext(); ) {
                    check(bounds, env, it.next());
                }
            }
        }
    }

    /** {@code ?number}: says so when a number would be too large to work with. */
    static final class NumberBI extends BuiltInsForStringsMisc.numberBI {
        @Override
        TemplateModel calculateResult(String s, Environment env) throws TemplateException {
            if (ResourceBounds.of(env) != null) {
                BoundedArithmeticEngine.checkDigits(
                        this, env, "?" + key, BoundedArithmeticEngine.digits(s));
            }
            return super.calculateResult(s, env);
        }
    }

    /**
     * {@code ?interpret} is refused: it parses a template while the page renders, past the checks
     * every loaded template gets (output format, time limit, bounds).
     */
    static final class NoInterpret extends Interpret {
        @Override
        protected TemplateModel calculateResult(Environment env) throws TemplateException {
            if (ResourceBounds.of(env) != null) {
                throw ResourceBounds.failure(
                        this,
                        env,
                        "?"
                                + key
                                + " is not available: templates cannot make templates while they"
                                + " render");
            }
            return super.calculateResult(env);
        }
    }

    /**
     * {@code ?c} and {@code ?cn}, as FreeMarker does them (its class cannot be extended), with the
     * result checked: quoting a string can make it six times longer.
     */
    static final class CLike extends BuiltIn {
        private final boolean nullAsText;

        CLike(boolean nullAsText) {
            this.nullAsText = nullAsText;
        }

        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            final String result;
            final TemplateModel model = target.eval(env);
            if (model instanceof TemplateNumberModel number) {
                TemplateNumberFormat format = env.getCTemplateNumberFormat();
                try {
                    result = format.formatToPlainText(number);
                } catch (TemplateValueFormatException e) {
                    throw _MessageUtil.newCantFormatNumberException(format, target, e, false);
                }
            } else if (model instanceof TemplateBooleanModel bool) {
                CFormat cFormat = env.getCFormat();
                result = bool.getAsBoolean() ? cFormat.getTrueString() : cFormat.getFalseString();
            } else if (model instanceof TemplateScalarModel scalar) {
                String s = EvalUtil.modelToString(scalar, target, env);
                result = env.getCFormat().formatString(s, env);
            } else if (model == null) {
                if (!nullAsText) {
                    throw InvalidReferenceException.getInstance(target, env);
                }
                result = env.getCFormat().getNullString();
            } else {
                throw new UnexpectedTypeException(
                        target,
                        model,
                        "number, boolean, or string",
                        new Class[] {
                            TemplateNumberModel.class,
                            TemplateBooleanModel.class,
                            TemplateScalarModel.class
                        },
                        env);
            }
            return Checked.result(this, env, new SimpleScalar(result));
        }
    }
}
