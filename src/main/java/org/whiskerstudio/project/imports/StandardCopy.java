package org.whiskerstudio.project.imports;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What a project stores for an imported picture: the file's own bytes, or a standard upright copy when the file
 * cannot be used as it is (see {@link DecodedImage#storedAsIs()}). A photo stays a JPEG (quality 95, the loss of one
 * more encoding is invisible and a PNG of a 12-megapixel photo would be five times larger); TIFF, WebP and pictures
 * with transparency become PNG, which loses nothing.
 *
 * @param format the stored format ("jpg", "png" ...)
 * @param pixels the upright copy to encode; empty: store the file's bytes
 */
record StandardCopy(String format, Optional<BufferedImage> pixels) {
    private static final float JPEG_QUALITY = 0.95f;

    static StandardCopy none(String format) {
        return new StandardCopy(format, Optional.empty());
    }

    static StandardCopy of(BufferedImage upright, String sourceFormat) {
        boolean photo = sourceFormat.equals("jpg") && !upright.getColorModel().hasAlpha();
        return new StandardCopy(photo ? "jpg" : "png", Optional.of(upright));
    }

    /** Writes what is stored: {@code original} as it is, or the copy encoded. */
    void write(byte[] original, OutputStream out) throws IOException {
        if (pixels.isEmpty()) {
            out.write(original);
        } else if (format.equals("jpg")) {
            BufferedImage p = pixels.get();
            // Opaque RGB as the JPEG writer wants it, drawn by the decoder's own helper at the same size.
            BufferedImage rgb = p.getType() == BufferedImage.TYPE_INT_RGB ? p
                    : ImageDecoder.drawScaled(p, p.getWidth(), p.getHeight(), Color.WHITE);
            ImageDecoder.writeJpeg(rgb, out, JPEG_QUALITY);
        } else if (!ImageIO.write(pixels.get(), "png", out)) {
            throw new IOException("no PNG writer");
        }
    }
}
