package org.whiskerstudio.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;

/** Fashion-MNIST images stored in a bench's project as grey PNG files, the way an import stores them. */
final class FashionFiles {
    private FashionFiles() {
    }

    /** One image's pixels (row-major, one byte each). */
    static byte[] pixels(IdxFormat.Images images, int index) {
        int size = images.rows() * images.cols();
        return Arrays.copyOfRange(images.pixels(), index * size, (index + 1) * size);
    }

    /**
     * Stores the first {@code count} images that {@code take} accepts, named {@code prefix-INDEX.png}, tagged with
     * their class number or not; returns how many were added.
     */
    static int add(ProjectStore store, IdxFormat.Images images, int count, String prefix, boolean tagged,
                   IntPredicate take) throws IOException {
        int added = 0;
        int taken = 0;
        List<NewImage> batch = new ArrayList<>();
        for (int i = 0; i < images.count() && taken < count; i++) {
            if (!take.test(i)) {
                continue;
            }
            taken++;
            byte[] png = png(pixels(images, i), images.cols(), images.rows());
            String hash = Hashes.sha256Hex(png);
            Path stored = store.layout().storedImage(hash, "png");
            Files.createDirectories(stored.getParent());
            Files.write(stored, png);
            batch.add(new NewImage(hash, prefix + "-" + i + ".png", store.layout().relativize(stored),
                    stored.toString(), images.cols(), images.rows(), "png", png.length,
                    tagged ? Optional.of(String.valueOf(images.labels()[i] & 0xFF)) : Optional.empty()));
            if (batch.size() == 5000) {
                added += store.addImages(batch);
                batch.clear();
            }
        }
        return added + store.addImages(batch);
    }

    private static byte[] png(byte[] pixels, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
