package org.whiskerstudio.training;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Generated images (unsigned bytes, CHW, grey or RGB) as pictures: one image, or a grid of them with a 1-pixel
 * gutter, and PNG bytes. Used for a run's sample grids, generated images added to a project and the command line.
 */
public final class GanImages {
    private GanImages() {
    }

    /** One image; grey stays grey (TYPE_BYTE_GRAY), so its PNG is a grey PNG like the data it learned from. */
    public static BufferedImage image(byte[] chw, int width, int height, int channels) {
        requireSize(chw, width, height, channels);
        int plane = width * height;
        if (channels == 1) {
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            grey.getRaster().setDataElements(0, 0, width, height, chw.clone());
            return grey;
        }
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int k = y * width + x;
                rgb.setRGB(x, y, (chw[k] & 0xFF) << 16 | (chw[plane + k] & 0xFF) << 8 | chw[2 * plane + k] & 0xFF);
            }
        }
        return rgb;
    }

    /** Images side by side, {@code columns} to a row, each with a 1-pixel dark gutter. */
    public static BufferedImage grid(List<byte[]> images, int width, int height, int channels, int columns) {
        int cols = Math.max(1, Math.min(columns, images.size()));
        int rows = Math.max(1, (images.size() + cols - 1) / cols);
        BufferedImage grid = new BufferedImage(cols * (width + 1) + 1, rows * (height + 1) + 1, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < images.size(); i++) {
            BufferedImage one = image(images.get(i), width, height, channels);
            grid.createGraphics().drawImage(one, 1 + i % cols * (width + 1), 1 + i / cols * (height + 1), null);
        }
        return grid;
    }

    /** A square-ish grid: as many columns as the square root of the count, rounded up. */
    public static BufferedImage grid(GanSamples samples) {
        int cols = (int) Math.ceil(Math.sqrt(samples.images().size()));
        return grid(samples.images(), samples.width(), samples.height(), samples.channels(), cols);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer is installed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void requireSize(byte[] chw, int width, int height, int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("a generated image has 1 or 3 channels, not " + channels);
        }
        if (chw.length != width * height * channels) {
            throw new IllegalArgumentException("a " + width + "x" + height + "x" + channels + " image needs "
                    + width * height * channels + " bytes, not " + chw.length);
        }
    }
}
