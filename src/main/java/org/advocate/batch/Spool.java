package org.advocate.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.advocate.OutputException;

/**
 * The log of a batch's rows, in row order, on disk: what each row's output is and what happened to
 * it, and, for a run that keeps failed rows, its cells. The run writes it as the rows are made and
 * reads it once to publish, so the rows it has seen cost no memory.
 */
final class Spool {
    private Spool() {}

    /**
     * One row as logged.
     *
     * @param label the row's name in messages
     * @param entry its output
     * @param outcome what happened to it
     * @param cells its cells, when failed rows are kept; else null
     */
    record Entry(String label, Plan.Entry entry, Outcome outcome, Map<String, String> cells) {}

    /** Appends rows. */
    static final class Writer implements AutoCloseable {
        private final Path file;
        private final DataOutputStream out;

        Writer(Path file) {
            this.file = file;
            try {
                this.out =
                        new DataOutputStream(
                                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        void write(Entry row) {
            try {
                Plan.Entry entry = row.entry();
                out.writeInt(entry.number());
                string(row.label());
                string(entry.path());
                out.writeByte(entry.action().ordinal());
                string(entry.sha256());
                Outcome outcome = row.outcome();
                string(outcome.status());
                string(outcome.sha256());
                string(outcome.error());
                out.writeBoolean(outcome.record());
                if (row.cells() == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(row.cells().size());
                    for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                        string(cell.getKey());
                        string(cell.getValue());
                    }
                }
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        private void string(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
    }

    /** Reads the rows back, in the order they were written. */
    static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;

        Reader(Path file) {
            this.file = file;
            try {
                this.in =
                        new DataInputStream(
                                new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        /** Returns the next row, or null after the last. */
        Entry next() {
            try {
                int number;
                try {
                    number = in.readInt();
                } catch (EOFException end) {
                    return null;
                }
                String label = string();
                String path = string();
                Plan.Action action = Plan.Action.values()[in.readByte()];
                Plan.Entry entry = new Plan.Entry(number, path, action, string());
                Outcome outcome = new Outcome(string(), string(), string(), null, in.readBoolean());
                int count = in.readInt();
                Map<String, String> cells = null;
                if (count >= 0) {
                    cells = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        cells.put(string(), string());
                    }
                }
                return new Entry(label, entry, outcome, cells);
            } catch (IOException e) {
                throw failure(file, e);
            }
        }

        private String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
    }

    private static OutputException failure(Path file, IOException e) {
        return new OutputException(file + ": cannot use the batch's row log: " + e.getMessage(), e);
    }
}
