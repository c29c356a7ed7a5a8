package org.advocate.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.advocate.compose.Composer;
import org.advocate.library.Library;
import org.advocate.load.LetterInput;
import org.advocate.load.LetterLoader;
import org.advocate.load.Overrides;
import org.advocate.model.RenderedLetter;

/**
 * Warm throughput of PDF letters: renders a letter's Markdown to PDF in a loop on 1..n threads and
 * prints letters per second. Run by {@code bench/pdf.sh}; arguments: letter file, seconds per
 * measurement, thread counts; {@code -Dbench.arguments=id,...} picks the arguments.
 *
 * <p>Each letter gets its own recipient name, so no two PDFs are equal and nothing is cached
 * between them beyond what a batch run also shares (fonts, parser, renderer).
 */
public final class PdfThroughput {
    private PdfThroughput() {}

    public static void main(String[] args) throws Exception {
        Path letterFile =
                Path.of(args.length > 0 ? args[0] : "examples/amnesty-support/letter.yaml");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<Integer> threads = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            threads.add(Integer.parseInt(args[i]));
        }
        if (threads.isEmpty()) {
            threads = List.of(1, 2);
        }
        RenderedLetter rendered;
        try (Composer composer =
                Composer.builder(Library.builtIn()).defaultDate(LocalDate.of(2026, 1, 1)).build()) {
            rendered =
                    composer.render(
                            composer.bind(
                                    LetterInput.read(letterFile),
                                    new LetterLoader.Options(
                                            null, null, arguments(), new Overrides(List.of()))));
        }
        PdfWriter writer = new PdfWriter();
        int pages = countPages(writer, rendered);
        System.out.printf("letter: %s, %d page(s)%n", letterFile, pages);
        // Warm-up: let the JIT compile the layout code.
        run(writer, rendered, Math.max(2, seconds / 2), Math.max(threads.get(0), 1), false);
        for (int n : threads) {
            run(writer, rendered, seconds, n, true);
        }
    }

    /** The arguments to include, from -Dbench.arguments=a,b; empty keeps the letter's own. */
    private static List<String> arguments() {
        String list = System.getProperty("bench.arguments", "");
        return list.isBlank() ? List.of() : List.of(list.split(","));
    }

    private static void run(
            PdfWriter writer, RenderedLetter letter, double seconds, int threads, boolean print)
            throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            counts.add(
                    pool.submit(
                            () -> {
                                long n = 0;
                                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                                while (System.nanoTime() < deadline) {
                                    out.reset();
                                    writer.write(
                                            variant(letter, id, n), OutputOptions.DEFAULT, out);
                                    n++;
                                }
                                return n;
                            }));
        }
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (print) {
            System.out.printf(
                    "threads=%d letters=%d seconds=%.2f letters/s=%.0f%n",
                    threads, total, elapsed, total / elapsed);
        }
    }

    private static RenderedLetter variant(RenderedLetter letter, int thread, long n) {
        String markdown =
                letter.markdown().replace("Salil Shetty", "Salil Shetty " + thread + "-" + n);
        return new RenderedLetter(markdown, letter.metadata());
    }

    private static int countPages(PdfWriter writer, RenderedLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(letter, OutputOptions.DEFAULT, out);
        try (var doc = Pdfs.load(out.toByteArray())) {
            return doc.getNumberOfPages();
        }
    }
}
