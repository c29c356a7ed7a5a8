import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A lower bound for a Markdown batch on this stack: the least work the batch issue asks for, with
 * the same libraries, and nothing else. Two passes over the rows with Commons CSV (the first
 * computes every file name and checks collisions before anything is written), one FreeMarker
 * render per row of a template that is the example letter's text with its recipient fields as
 * interpolations, a SHA-256 of each file, and the same publishing steps as advocate (a temporary
 * file created exclusively, linked to its name, then removed). No validation, escaping, sandbox,
 * argument library, manifest or report. With {@code replace} as a fifth argument the template is
 * filled by plain string replacement instead of FreeMarker, for a floor without any template
 * engine.
 *
 * <pre>javac -cp advocate.jar -d classes bench/floor/*.java
 * java -cp classes:advocate.jar MarkdownFloor ROWS.csv TEMPLATE.ftl OUT-DIR JOBS [replace]</pre>
 */
public final class MarkdownFloor {
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path rows = Path.of(args[0]);
        String source = Files.readString(Path.of(args[1]));
        Merge template =
                args.length > 4 && args[4].equals("replace")
                        ? model -> replace(source, model)
                        : freemarker(source);
        Path out = Files.createDirectories(Path.of(args[2]));
        int jobs = Integer.parseInt(args[3]);

        Set<String> names = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(rows, StandardCharsets.UTF_8, CSV)) {
            for (CSVRecord row : parser) {
                if (!names.add(name(row).toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException("row " + row.getRecordNumber() + ": collision");
                }
            }
        }

        ExecutorService workers = Executors.newFixedThreadPool(jobs);
        List<Future<?>> runs = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(rows, StandardCharsets.UTF_8, CSV)) {
            List<CSVRecord> run = new ArrayList<>();
            for (CSVRecord row : parser) {
                run.add(row);
                if (run.size() == 32) {
                    runs.add(submit(workers, run, template, out));
                    run = new ArrayList<>();
                }
            }
            runs.add(submit(workers, run, template, out));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        workers.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "floor: %d letters in %.2f s (%.0f letters/s)%n",
                names.size(), seconds, names.size() / seconds);
    }

    private static String name(CSVRecord row) {
        String name = row.get("Name");
        return name.substring(name.lastIndexOf(' ') + 1) + "-" + row.get("District") + ".md";
    }

    private static Future<?> submit(
            ExecutorService workers, List<CSVRecord> run, Merge template, Path out) {
        return workers.submit(
                () -> {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    for (CSVRecord row : run) {
                        Map<String, String> model = new HashMap<>();
                        row.toMap().forEach((header, cell) -> model.put(key(header), cell));
                        String name = row.get("Name");
                        model.put("last", name.substring(name.lastIndexOf(' ') + 1));
                        byte[] bytes = template.merge(model).getBytes(StandardCharsets.UTF_8);
                        sha.digest(bytes);
                        Publish.publish(out.resolve(name(row)), bytes);
                    }
                    return null;
                });
    }

    /** A letter's text for one row's values. */
    private interface Merge {
        String merge(Map<String, String> model) throws Exception;
    }

    private static Merge freemarker(String source) throws Exception {
        Template template =
                new Template(
                        "floor",
                        new StringReader(source),
                        new Configuration(Configuration.VERSION_2_3_34));
        return model -> {
            StringWriter text = new StringWriter(8192);
            template.process(model, text);
            return text.toString();
        };
    }

    private static String replace(String source, Map<String, String> model) {
        String text = source;
        for (Map.Entry<String, String> value : model.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** "Address line 1" -> "Address_line_1": a name FreeMarker can interpolate. */
    private static String key(String header) {
        return header.replace(' ', '_');
    }
}
