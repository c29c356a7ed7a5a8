package freemarker.core;

import freemarker.core.BuiltInsForStringsBasic.AbstractTruncateBI;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.util.List;

/**
 * Bounded {@code ?truncate} and its kind: their third argument is a length the result reserves room
 * for, checked before; the result is checked after.
 */
final class BoundedTruncateBuiltIns {
    private BoundedTruncateBuiltIns() {}

    static final class Truncate extends BuiltInsForStringsBasic.truncateBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    static final class TruncateW extends BuiltInsForStringsBasic.truncate_wBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    static final class TruncateC extends BuiltInsForStringsBasic.truncate_cBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    static final class TruncateM extends BuiltInsForStringsBasic.truncate_mBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    static final class TruncateWM extends BuiltInsForStringsBasic.truncate_w_mBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    static final class TruncateCM extends BuiltInsForStringsBasic.truncate_c_mBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(this, env, super._eval(env), args -> terminator(this, env, args));
        }
    }

    private static void terminator(AbstractTruncateBI bi, Environment env, List<?> args)
            throws TemplateModelException {
        if (args.size() > 2 && args.get(2) instanceof TemplateNumberModel) {
            int length = bi.getNumberMethodArg(args, 2).intValue();
            ResourceBounds.of(env).checkString(bi, env, "?" + bi.key, length);
        }
    }
}
