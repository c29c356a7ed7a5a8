package org.advocate.output.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP file (a DOCX package) with the same entries in the same order and every entry's
 * time set to the letter's date, so that the same letter gives the same bytes on the same Java
 * build, whenever it is written.
 */
final class Zips {
    private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    private static final int MAX_ENTRIES = 1000;

    private Zips() {}

    static byte[] reproducible(byte[] zip, LocalDate date, String comment) throws IOException {
        LocalDateTime time = (date.isBefore(EARLIEST) ? EARLIEST : date).atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            int count = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new IOException("too many entries in the DOCX package");
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
            if (comment != null) {
                rewritten.setComment(comment);
            }
        }
        return out.toByteArray();
    }
}
