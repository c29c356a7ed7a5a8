package org.advocate.load.rows;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.advocate.InputException;
import org.advocate.input.InputFiles;
import org.advocate.input.StrictYaml;
import org.advocate.input.YamlNode;

/**
 * Reads a YAML list of mappings through {@link StrictYaml}. YAML is parsed whole, so it is limited
 * to {@link StrictYaml#MAX_CHARS}; large batches belong in CSV or JSON.
 */
final class YamlRowReader implements RowReader {
    private final String source;
    private final Iterator<YamlNode> items;
    private int number;

    YamlRowReader(Path file) {
        this.source = file.toString();
        YamlNode root = StrictYaml.parse(source, InputFiles.read(file), 1);
        if (root instanceof YamlNode.Sequence list) {
            this.items = list.items().iterator();
        } else if (root instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
            this.items = List.<YamlNode>of().iterator();
        } else {
            throw InputException.of(
                    root.origin().toString(),
                    "",
                    "expected a list of rows (one mapping per row), found a " + root.kind());
        }
    }

    @Override
    public boolean hasNext() {
        return items.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        YamlNode item = items.next();
        number++;
        RowBuilder row = new RowBuilder(source, number, Math.max(0, item.origin().line()), number);
        if (!(item instanceof YamlNode.Mapping mapping)) {
            row.rowProblem("expected a mapping of column: value, found a " + item.kind());
            return row.build();
        }
        if (mapping.entries().size() > MAX_COLUMNS) {
            row.rowProblem("has more than " + MAX_COLUMNS + " columns");
            return row.build();
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Text text) {
                row.cell(entry.key(), text.value());
            } else {
                row.problem(
                        entry.key(),
                        "expected text, found a "
                                + entry.value().kind()
                                + " (at "
                                + entry.value().origin()
                                + ")");
            }
        }
        return row.build();
    }

    @Override
    public void close() {}
}
