package org.whiskerstudio.dataset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.whiskerstudio.project.imports.ImageDecoder;

/**
 * Decodes a stored image at the resolution training needs, with the import's limits: the format is sniffed from
 * the content, the declared size is checked against {@link ImageDecoder}'s limits before pixels are allocated, and a
 * truncated file is refused rather than trained on half grey. Big photos are subsampled while decoding, never below
 * four times the input size, so the resizer still has detail to average.
 */
final class StoredImageDecoder {
    static {
        ImageIO.setUseCache(false);
    }

    BufferedImage decode(byte[] content, int neededWidth, int neededHeight) throws ImageUnreadable {
        if (content.length == 0) {
            throw new ImageUnreadable("the file is empty (0 bytes)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageUnreadable("not an image in a supported format (PNG, JPEG, BMP, GIF, TIFF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return read(reader, neededWidth, neededHeight);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO signals broken data with IIOException, IndexOutOfBounds, NegativeArraySize and more.
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImageUnreadable("corrupt or truncated image data (" + message + ")", e);
        }
    }

    private static BufferedImage read(ImageReader reader, int neededWidth, int neededHeight)
            throws IOException, ImageUnreadable {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageUnreadable("the image declares an invalid size " + width + " x " + height);
        }
        if (width > ImageDecoder.MAX_SIDE || height > ImageDecoder.MAX_SIDE || (long) width * height > ImageDecoder.MAX_PIXELS) {
            throw new ImageUnreadable("the image declares " + width + " x " + height + " pixels, more than the limit of "
                    + ImageDecoder.MAX_PIXELS / 1_000_000 + " megapixels");
        }
        Truncation watch = new Truncation();
        reader.addIIOReadWarningListener(watch);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.min(width / (4 * neededWidth), height / (4 * neededHeight)));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage pixels = reader.read(0, param);
        if (watch.truncated) {
            throw new ImageUnreadable("truncated image data (" + watch.message + ")");
        }
        return pixels;
    }

    /** JPEG decoders report a cut-off file as a warning and fill the rest with grey. */
    private static final class Truncation implements IIOReadWarningListener {
        private volatile boolean truncated;
        private volatile String message = "";

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("premature end") || w.contains("truncat")) {
                truncated = true;
                message = warning;
            }
        }
    }
}
