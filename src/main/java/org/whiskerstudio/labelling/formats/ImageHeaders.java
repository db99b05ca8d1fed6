package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.whiskerstudio.project.imports.ImageDecoder;
import org.whiskerstudio.project.imports.Orientation;

/**
 * Image sizes read from file headers only: no pixel is ever decoded, so a huge or hostile image costs nothing. Sizes
 * are as shown, after the EXIF orientation, the frame in which the studio and other tools place boxes.
 */
final class ImageHeaders {

    /** Width and height in pixels, both above zero. */
    record Size(int width, int height) {
    }

    private ImageHeaders() {
    }

    /** The size the image file declares; empty when it is missing, not an image ImageIO reads, or broken. */
    static Optional<Size> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // The size as shown: a phone's portrait photo is stored on its side with an EXIF orientation.
                boolean turned = Orientation.of(file, ImageDecoder.formatName(reader)).swapsSides();
                return width > 0 && height > 0 ? Optional.of(turned ? new Size(height, width) : new Size(width, height))
                        : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken headers with IIOException and assorted runtime exceptions alike.
            return Optional.empty();
        }
    }

    /** The image's size as the dataset says, or else as its file's header says; empty when neither knows. */
    static Optional<Size> of(DatasetImage image) {
        if (image.width() > 0 && image.height() > 0) {
            return Optional.of(new Size(image.width(), image.height()));
        }
        return image.file().flatMap(ImageHeaders::read);
    }
}
