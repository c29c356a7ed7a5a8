package freemarker.core;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounded versions of the sequence built-ins that can make something large from something small:
 * {@code ?join} counts the characters it has joined, {@code ?chunk} checks the chunk size it is
 * given, and the built-ins that call a function per item ({@code ?filter}, {@code ?map}, {@code
 * ?take_while}, {@code ?drop_while}) let the render's time limit stop them between two items.
 */
final class BoundedSequenceBuiltIns {
    private BoundedSequenceBuiltIns() {}

    static final class Join extends BuiltInsForSequences.joinBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            ResourceBounds bounds = ResourceBounds.of(env);
            if (bounds == null) {
                return super._eval(env);
            }
            TemplateModel model = target.eval(env);
            TemplateCollectionModel items;
            if (model instanceof TemplateCollectionModel collection) {
                if (model instanceof RightUnboundedRangeModel) {
                    throw new _TemplateModelException(
                            target,
                            "The input sequence is a right-unbounded numerical range, thus, it's"
                                    + " infinitely long, and can't processed with this built-in.");
                }
                items = collection;
            } else if (model instanceof TemplateSequenceModel sequence) {
                items = new CollectionAndSequence(sequence);
            } else {
                throw new NonSequenceOrCollectionException(target, model, env);
            }
            return new Method(bounds, env, items);
        }

        /** {@code ?join}'s own method, which stops before the result gets too long. */
        private final class Method implements TemplateMethodModelEx {
            private final ResourceBounds bounds;
            private final Environment env;
            private final TemplateCollectionModel items;

            Method(ResourceBounds bounds, Environment env, TemplateCollectionModel items) {
                this.bounds = bounds;
                this.env = env;
                this.items = items;
            }

            @Override
            @SuppressWarnings("rawtypes")
            public Object exec(List args) throws TemplateModelException {
                checkMethodArgCount(args, 1, 3);
                String separator = getStringMethodArg(args, 0);
                String whenEmpty = getOptStringMethodArg(args, 1);
                String afterLast = getOptStringMethodArg(args, 2);
                StringBuilder sb = new StringBuilder();
                // advocate: the pieces, kept in case an item is marked text (PlainTextMarkup)
                List<Object> pieces = new ArrayList<>();
                PlainTextMarkup marked = null;
                TemplateModelIterator it = items.iterator();
                int index = 0;
                boolean hadItem = false;
                while (it.hasNext()) {
                    ResourceBounds.checkInterrupted();
                    TemplateModel item = it.next();
                    if (item != null) {
                        String text;
                        try {
                            text =
                                    EvalUtil.coerceModelToStringOrUnsupportedMarkup(
                                            item, null, null, env);
                        } catch (TemplateException e) {
                            throw new _TemplateModelException(
                                    e,
                                    "\"?",
                                    key,
                                    "\" failed at index ",
                                    index,
                                    " with this error:\n\n",
                                    _MessageUtil.EMBEDDED_MESSAGE_BEGIN,
                                    new _DelayedGetMessageWithoutStackTop(e),
                                    _MessageUtil.EMBEDDED_MESSAGE_END);
                        }
                        String before = hadItem ? separator : "";
                        grow(sb, (long) before.length() + text.length());
                        sb.append(before).append(text);
                        hadItem = true;
                        pieces.add(before);
                        if (item instanceof PlainTextMarkup p) {
                            marked = marked == null ? p : marked;
                            pieces.add(p);
                        } else {
                            pieces.add(text);
                        }
                    }
                    index++;
                }
                String end = hadItem ? afterLast : whenEmpty;
                if (end != null) {
                    grow(sb, end.length());
                    sb.append(end);
                    pieces.add(end);
                }
                return marked == null ? new SimpleScalar(sb.toString()) : joined(marked, pieces);
            }

            /** advocate: the pieces joined as marked text, whose length is that of the text. */
            private TemplateModel joined(PlainTextMarkup kind, List<Object> pieces)
                    throws TemplateModelException {
                TemplateMarkupOutputModel<?> out = null;
                String plain = "";
                for (Object piece : pieces) {
                    String text =
                            piece instanceof String s ? s : ((PlainTextMarkup) piece).getAsString();
                    TemplateMarkupOutputModel<?> model =
                            piece instanceof PlainTextMarkup p
                                    ? (TemplateMarkupOutputModel<?>) p
                                    : null;
                    out = kind.join(out, plain, model, text);
                    plain += text;
                }
                return out;
            }

            private void grow(StringBuilder sb, long more) throws TemplateModelException {
                bounds.checkString(Join.this, env, "?" + key, sb.length() + more);
            }
        }
    }

    static final class Chunk extends BuiltInsForSequences.chunkBI {
        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            return Checked.result(
                    this,
                    env,
                    super._eval(env),
                    args -> {
                        if (!args.isEmpty() && args.get(0) instanceof TemplateNumberModel) {
                            int size = getNumberMethodArg(args, 0).intValue();
                            ResourceBounds.of(env).checkSize(this, env, "?" + key, size);
                        }
                    });
        }
    }

    /** Lets the time limit stop a built-in between two calls of its function. */
    private static IntermediateStreamOperationLikeBuiltIn.ElementTransformer interruptible(
            IntermediateStreamOperationLikeBuiltIn.ElementTransformer transformer) {
        return (element, env) -> {
            ResourceBounds.checkInterrupted();
            return transformer.transformElement(element, env);
        };
    }

    static final class Filter extends BuiltInsForSequences.filterBI {
        @Override
        protected TemplateModel calculateResult(
                TemplateModelIterator items,
                TemplateModel lho,
                boolean lhoIsSequence,
                ElementTransformer transformer,
                Environment env)
                throws TemplateException {
            return super.calculateResult(
                    items, lho, lhoIsSequence, interruptible(transformer), env);
        }
    }

    static final class Map extends BuiltInsForSequences.mapBI {
        @Override
        protected TemplateModel calculateResult(
                TemplateModelIterator items,
                TemplateModel lho,
                boolean lhoIsSequence,
                ElementTransformer transformer,
                Environment env)
                throws TemplateException {
            return super.calculateResult(
                    items, lho, lhoIsSequence, interruptible(transformer), env);
        }
    }

    static final class TakeWhile extends BuiltInsForSequences.take_whileBI {
        @Override
        protected TemplateModel calculateResult(
                TemplateModelIterator items,
                TemplateModel lho,
                boolean lhoIsSequence,
                ElementTransformer transformer,
                Environment env)
                throws TemplateException {
            return super.calculateResult(
                    items, lho, lhoIsSequence, interruptible(transformer), env);
        }
    }

    static final class DropWhile extends BuiltInsForSequences.drop_whileBI {
        @Override
        protected TemplateModel calculateResult(
                TemplateModelIterator items,
                TemplateModel lho,
                boolean lhoIsSequence,
                ElementTransformer transformer,
                Environment env)
                throws TemplateException {
            return super.calculateResult(
                    items, lho, lhoIsSequence, interruptible(transformer), env);
        }
    }
}
