package freemarker.core;

import freemarker.template.SimpleNumber;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;

/**
 * A range without end ({@code 1..}), bounded: listing it stops with an error after {@link
 * ResourceBounds#maxSequenceSize()} items, each step checks the render's time limit, and its size
 * is one more than the limit (FreeMarker's own says {@code Integer.MAX_VALUE}, which built-ins and
 * slicing then try to make room for).
 */
final class BoundedRightUnboundedRangeModel extends RightUnboundedRangeModel
        implements TemplateCollectionModel {
    private static final long serialVersionUID = 1L;

    private final int limit;
    private final transient Range range;

    BoundedRightUnboundedRangeModel(int begin, ResourceBounds bounds, Range range) {
        super(begin);
        this.limit = bounds.maxSequenceSize();
        this.range = range;
    }

    @Override
    public int size() {
        return limit == Integer.MAX_VALUE ? limit : limit + 1;
    }

    @Override
    public TemplateModelIterator iterator() {
        return new TemplateModelIterator() {
            private long next = getBegining();
            private long count;

            @Override
            public TemplateModel next() throws TemplateModelException {
                ResourceBounds.checkInterrupted();
                if (count++ >= limit) {
                    throw ResourceBounds.failure(
                            range,
                            null,
                            "listing the range "
                                    + range.getCanonicalForm()
                                    + " went past the limit of "
                                    + limit
                                    + " items");
                }
                long value = next++;
                return value <= Integer.MAX_VALUE
                        ? new SimpleNumber((int) value)
                        : new SimpleNumber(value);
            }

            @Override
            public boolean hasNext() {
                return true;
            }
        };
    }
}
