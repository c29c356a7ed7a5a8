package org.advocate.load.rows;

import java.util.List;
import java.util.NoSuchElementException;
import org.advocate.InputException;

/**
 * A rows reader that refuses a file without data rows (a header line alone, {@code []}): a batch of
 * nobody is most often the wrong file or an export taken too early.
 */
final class NonEmptyRows implements RowReader {
    private final RowReader rows;
    private final String source;
    private boolean any;

    NonEmptyRows(RowReader rows, String source) {
        this.rows = rows;
        this.source = source;
    }

    @Override
    public List<String> headers() {
        return rows.headers();
    }

    @Override
    public boolean hasNext() {
        boolean more = rows.hasNext();
        if (!more && !any) {
            throw InputException.of(
                    source,
                    "",
                    "has no data rows; give --allow-empty if a run with no rows is what you want");
        }
        any = true;
        return more;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    @Override
    public void close() {
        rows.close();
    }
}
