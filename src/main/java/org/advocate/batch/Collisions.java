package org.advocate.batch;

import com.google.code.externalsorting.ExternalSort;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.advocate.OutputException;
import org.advocate.Problem;

/**
 * Finds output names that collide (equal ignoring case and normalization) among any number of rows
 * without holding the names in memory: each named row is one line in a file, the file is sorted on
 * disk (an external merge sort), and equal names are then neighbours. The colliding rows of this
 * shard are sorted again by row number, so the run can read them alongside its row log.
 */
final class Collisions implements AutoCloseable {
    /** Memory for one sorted block. */
    private static final long BLOCK_BYTES = 16L << 20;

    /** The most sorted blocks merged at once. */
    private static final int MAX_BLOCKS = 1024;

    /** The order of lines: plain string order, so equal keys sort together by row number. */
    private static final Comparator<String> ORDER = Comparator.naturalOrder();

    private final Path work;
    private final long blockBytes;
    private final Path names;
    private final BufferedWriter out;
    private long count;

    /**
     * @param work the folder for the sort's files
     */
    Collisions(Path work) {
        this(work, BLOCK_BYTES);
    }

    /**
     * @param work the folder for the sort's files
     * @param blockBytes the memory for one sorted block
     */
    Collisions(Path work, long blockBytes) {
        this.work = work;
        this.blockBytes = blockBytes;
        this.names = work.resolve("names.txt");
        try {
            this.out = Files.newBufferedWriter(names, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Adds a row's output name.
     *
     * @param key the name's {@link SafeNames#collisionKey}
     * @param number the row's number
     * @param inShard whether the row is this run's
     * @param sheetRow the row's number as a spreadsheet shows it, for messages
     * @param label the row's name in messages
     * @param path the output name
     */
    void add(String key, int number, boolean inShard, int sheetRow, String label, String path) {
        try {
            // Keys, labels and names hold no tab or line break: SafeNames drops control characters.
            out.write(key);
            out.write('\t');
            out.write(number(number));
            out.write('\t');
            out.write(inShard ? '1' : '0');
            out.write('\t');
            out.write(Integer.toString(sheetRow));
            out.write('\t');
            out.write(label.replace('\t', ' ').replace('\n', ' '));
            out.write('\t');
            out.write(path);
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Finds every collision.
     *
     * @param problems given, for each row that collides with an earlier one, the problem as a run
     *     that stops at the first failure reports it
     * @return this shard's colliding rows with their error, by row number
     */
    Found find(Consumer<Problem> problems) {
        try {
            out.close();
            if (count < 2) {
                return Found.NONE;
            }
            Path sorted = sort(names, "sorted-names.txt");
            Path colliding = work.resolve("collisions.txt");
            long found = 0;
            try (BufferedReader in = Files.newBufferedReader(sorted, StandardCharsets.UTF_8);
                    BufferedWriter hits =
                            Files.newBufferedWriter(colliding, StandardCharsets.UTF_8)) {
                String[] first = null;
                String[] previous = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] name = line.split("\t", 6);
                    if (previous != null && previous[0].equals(name[0])) {
                        if (previous == first) {
                            found += hit(hits, first, name);
                        }
                        found += hit(hits, name, first);
                        problems.accept(new Problem(name[4], "--name", message(name, first)));
                    } else {
                        first = name;
                    }
                    previous = name;
                }
            }
            return found == 0 ? Found.NONE : new Found(sort(colliding, "sorted-collisions.txt"));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Writes one colliding row of this shard, with its error; returns how many were written. */
    private static int hit(BufferedWriter hits, String[] row, String[] other) throws IOException {
        if (!"1".equals(row[2])) {
            return 0;
        }
        hits.write(row[1]);
        hits.write('\t');
        hits.write(message(row, other));
        hits.write('\n');
        return 1;
    }

    private static String message(String[] row, String[] other) {
        return "output name '"
                + row[5]
                + "' collides with row "
                + other[3]
                + " ('"
                + other[5]
                + "'); add a column that tells them apart to the pattern";
    }

    private Path sort(Path input, String name) throws IOException {
        Path output = work.resolve(name);
        List<File> blocks;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            blocks =
                    ExternalSort.sortInBatch(
                            in,
                            Files.size(input),
                            ORDER,
                            MAX_BLOCKS,
                            Math.min(blockBytes, ExternalSort.estimateAvailableMemory() / 4),
                            StandardCharsets.UTF_8,
                            work.toFile(),
                            false,
                            0,
                            false,
                            false);
        }
        ExternalSort.mergeSortedFiles(blocks, output.toFile(), ORDER, StandardCharsets.UTF_8);
        Files.delete(input);
        return output;
    }

    /** A row number as a fixed-width string, so string order is number order. */
    static String number(int number) {
        return String.format("%010d", number);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static OutputException failure(IOException e) {
        return new OutputException(
                "cannot check the output names for collisions: " + e.getMessage(), e);
    }

    /** This shard's colliding rows, read in row order alongside the run's row log. */
    static final class Found implements AutoCloseable {
        static final Found NONE = new Found(null);

        private final BufferedReader in;
        private String[] next;

        private Found(Path sorted) {
            try {
                this.in =
                        sorted == null
                                ? null
                                : Files.newBufferedReader(sorted, StandardCharsets.UTF_8);
                advance();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        /** Returns whether any row of this shard collides. */
        boolean any() {
            return next != null;
        }

        /** Returns a row's collision error, or null; rows must be asked for in row order. */
        String errorOf(int number) {
            try {
                while (next != null && Integer.parseInt(next[0]) < number) {
                    advance();
                }
                if (next != null && Integer.parseInt(next[0]) == number) {
                    String error = next[1];
                    advance();
                    return error;
                }
                return null;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private void advance() throws IOException {
            String line = in == null ? null : in.readLine();
            next = line == null ? null : line.split("\t", 2);
        }

        @Override
        public void close() {
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }
}
