package org.whiskerstudio.ui.common;

import java.util.List;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Generated images (unsigned bytes, CHW, grey or RGB) as one JavaFX image: a grid with a 1-pixel dark gutter. */
public final class SampleGrid {
    private static final int GUTTER = 0xFF202020;

    private SampleGrid() {
    }

    /** A square-ish grid: as many columns as the square root of the count, rounded up. */
    public static WritableImage of(List<byte[]> images, int width, int height, int channels) {
        return of(images, width, height, channels, (int) Math.ceil(Math.sqrt(images.size())));
    }

    /** A grid of {@code columns} columns, filled row by row. */
    public static WritableImage of(List<byte[]> images, int width, int height, int channels, int columns) {
        int cols = Math.max(1, columns);
        int rows = Math.max(1, (images.size() + cols - 1) / cols);
        WritableImage grid = new WritableImage(cols * (width + 1) + 1, rows * (height + 1) + 1);
        PixelWriter w = grid.getPixelWriter();
        for (int y = 0; y < grid.getHeight(); y++) {
            for (int x = 0; x < grid.getWidth(); x++) {
                w.setArgb(x, y, GUTTER);
            }
        }
        int plane = width * height;
        for (int i = 0; i < images.size(); i++) {
            byte[] px = images.get(i);
            int left = 1 + i % cols * (width + 1);
            int top = 1 + i / cols * (height + 1);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int k = y * width + x;
                    int r = px[k] & 0xFF;
                    int g = channels == 3 ? px[plane + k] & 0xFF : r;
                    int b = channels == 3 ? px[2 * plane + k] & 0xFF : r;
                    w.setArgb(left + x, top + y, 0xFF000000 | r << 16 | g << 8 | b);
                }
            }
        }
        return grid;
    }
}
