package org.advocate.output.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Puts the logo or signature image into a run, scaled to fit a box and keeping its shape. */
final class Pictures {
    private Pictures() {}

    static void add(
            XWPFRun run, DocxSpec.Picture picture, String name, float maxWidth, float maxHeight)
            throws IOException {
        int[] size = pixels(picture.bytes());
        float scale = Math.min(maxWidth / size[0], maxHeight / size[1]);
        float width = size[0] * scale;
        float height = size[1] * scale;
        try {
            run.addPicture(
                    new ByteArrayInputStream(picture.bytes()),
                    picture.png() ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                    name + (picture.png() ? ".png" : ".jpg"),
                    Units.toEMU(width),
                    Units.toEMU(height));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add " + name + ": " + e.getMessage(), e);
        }
    }

    /** The image's width and height in pixels, from its header. */
    private static int[] pixels(byte[] bytes) throws IOException {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image this Java can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new IOException("an image with no pixels");
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        }
    }
}
