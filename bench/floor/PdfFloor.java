import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A lower bound for a PDF batch on this stack: OpenPDF laying out the example letter's text on the
 * same pages as advocate's letter (Letter paper, advocate's margins, an 11 pt justified serif body
 * with 1.25 leading, 6 pt after each paragraph) in the same five embedded font faces, each subset
 * per letter as OpenPDF does by default (subsets stored uncompressed, content streams at the
 * fastest deflate level), a SHA-256 of each file and the same publishing
 * steps. No CSV, template, Markdown parsing, validation, manifest or report: each letter is the
 * same text with its own recipient line. bench/floors.sh prints its pages per letter beside
 * advocate's.
 *
 * <pre>javac -cp advocate.jar -d classes bench/floor/*.java
 * java -cp classes:advocate.jar PdfFloor LETTER.md COUNT OUT-DIR JOBS</pre>
 */
public final class PdfFloor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<String> paragraphs = new ArrayList<>();
        for (String block : Files.readString(Path.of(args[0])).split("\n\n")) {
            String text = block.replaceAll("<!--.*?-->|[#*_>\\\\]", "").strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        int count = Integer.parseInt(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        int jobs = Integer.parseInt(args[3]);
        Faces faces = new Faces();

        ExecutorService workers = Executors.newFixedThreadPool(jobs);
        List<Future<?>> runs = new ArrayList<>();
        for (int first = 0; first < count; first += 32) {
            int from = first;
            int to = Math.min(count, first + 32);
            runs.add(
                    workers.submit(
                            () -> {
                                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                                for (int i = from; i < to; i++) {
                                    byte[] bytes = letter(paragraphs, faces, i);
                                    sha.digest(bytes);
                                    Path target = out.resolve("letter-" + i + ".pdf");
                                    Publish.publish(target, bytes);
                                }
                                return null;
                            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        workers.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "floor: %d letters in %.2f s (%.0f letters/s)%n", count, seconds, count / seconds);
    }

    /** The five faces of advocate's letter style, loaded once. */
    private record Faces(
            BaseFont sansBold, BaseFont sans, BaseFont serif, BaseFont serifBold, BaseFont italic) {
        Faces() throws Exception {
            this(
                    load("LiberationSans-Bold"),
                    load("LiberationSans-Regular"),
                    load("LiberationSerif-Regular"),
                    load("LiberationSerif-Bold"),
                    load("LiberationSerif-Italic"));
        }

        private static BaseFont load(String name) throws Exception {
            String resource = "liberation/" + name + ".ttf";
            byte[] bytes;
            try (InputStream in = PdfFloor.class.getClassLoader().getResourceAsStream(resource)) {
                bytes = in.readAllBytes();
            }
            BaseFont font =
                    BaseFont.createFont(
                            resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setCompressionLevel(Deflater.NO_COMPRESSION);
            return font;
        }
    }

    private static byte[] letter(List<String> paragraphs, Faces faces, int index)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        // advocate's Letter page: a text block 32 ems of 11 pt wide, 54 pt above and below.
        float side = (PageSize.LETTER.getWidth() - 32 * 11) / 2;
        Document document = new Document(PageSize.LETTER, side, side, 54, 54);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        document.open();
        document.add(new Paragraph("Sex Workers Project", new Font(faces.sansBold(), 14)));
        document.add(new Paragraph("123 William Street, New York", new Font(faces.sans(), 9)));
        document.add(new Paragraph("Recipient " + index, new Font(faces.serifBold(), 11)));
        Font body = new Font(faces.serif(), 11);
        for (String text : paragraphs) {
            Paragraph paragraph = new Paragraph(11 * 1.25f, text, body);
            paragraph.setAlignment(Paragraph.ALIGN_JUSTIFIED);
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        }
        document.add(new Paragraph("Sources", new Font(faces.italic(), 10)));
        document.close();
        return bytes.toByteArray();
    }
}
