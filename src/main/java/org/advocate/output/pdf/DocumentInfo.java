package org.advocate.output.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a document's metadata so that the bytes depend only on the letter: info dictionary, dates
 * from the letter date, an ID from the content, the catalog's language, and for PDF/A the sRGB
 * output intent and XMP packet.
 */
final class DocumentInfo {
    private DocumentInfo() {}

    /** What must be set before the document opens. */
    static void beforeOpen(PdfWriter writer, DocumentSpec spec) {
        // 1.7, not OpenPDF's default 2.0: PDF/A-2 is based on 1.7, and 2.0 deprecates the info
        // dictionary that most readers still show as the document's properties.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        if (spec.pdfa()) {
            writer.setPDFXConformance(PdfWriter.PDFA2B);
        }
    }

    /**
     * What must be set after the document opens: OpenPDF fills the info dictionary with "now" and
     * its own producer on open, so this overwrites them.
     */
    static void afterOpen(PdfWriter writer, DocumentSpec spec) throws IOException {
        PdfDictionary info = writer.getInfo();
        putText(info, PdfName.TITLE, spec.title());
        putText(info, PdfName.AUTHOR, spec.author());
        putText(info, PdfName.SUBJECT, spec.subject());
        putText(info, PdfName.KEYWORDS, String.join(", ", spec.keywords()));
        putText(info, PdfName.CREATOR, spec.producer());
        putText(info, PdfName.PRODUCER, spec.producer());
        Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        midnight.clear();
        midnight.set(
                spec.date().getYear(),
                spec.date().getMonthValue() - 1,
                spec.date().getDayOfMonth());
        info.put(PdfName.CREATIONDATE, new PdfDate(midnight));
        info.put(PdfName.MODDATE, new PdfDate(midnight));
        // Filled with the file's hash once the bytes are complete: a file compose may replace.
        info.put(
                new PdfName(DocumentSpec.MARK_KEY),
                new PdfString(DocumentSpec.MARK_PLACEHOLDER, PdfObject.TEXT_PDFDOCENCODING));
        byte[] id = spec.documentId();
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(spec.locale().toLanguageTag()));
        if (spec.pdfa()) {
            writer.setOutputIntents(
                    "sRGB IEC61966-2.1",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    Srgb.PROFILE);
            // After the info: the XMP packet repeats it, and validators compare the two.
            writer.createXmpMetadata();
        }
    }

    private static void putText(PdfDictionary info, PdfName key, String value) {
        if (value != null && !value.isBlank()) {
            info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
        } else {
            info.remove(key);
        }
    }

    /** The JDK's sRGB profile, read once. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
