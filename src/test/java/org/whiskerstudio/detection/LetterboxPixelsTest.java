package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.ImageResizer;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.labelling.Shape.Box;

/** Boxes letterboxed by {@link Letterbox} lie where the project's resizer draws their pixels. */
class LetterboxPixelsTest {
    private static final int SIZE = 128;

    @Test
    void aBoxCoversTheBrightPixelsTheResizerDraws() {
        for (int[] image : new int[][] {{100, 300}, {300, 100}, {200, 130}, {57, 57}}) {
            int w = image[0];
            int h = image[1];
            Box box = new Box(w * 0.2, h * 0.3, w * 0.7, h * 0.6);
            BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect((int) box.x1(), (int) box.y1(), (int) box.width(), (int) box.height());
            g.dispose();
            byte[] input = new ImageResizer(new Preprocessing(SIZE, SIZE, 1, ResizeMode.LETTERBOX)).resize(picture);
            Box expected = new Letterbox(w, h, SIZE).toInput(new Box((int) box.x1(), (int) box.y1(),
                    (int) box.x1() + (int) box.width(), (int) box.y1() + (int) box.height()));
            Box bright = brightBounds(input);
            // Bilinear edges blur by up to a pixel either way; the box must sit on them within that.
            String where = w + " x " + h + ": " + bright + " vs " + expected;
            assertEquals(expected.x1(), bright.x1(), 1.0, where);
            assertEquals(expected.y1(), bright.y1(), 1.0, where);
            assertEquals(expected.x2(), bright.x2(), 1.0, where);
            assertEquals(expected.y2(), bright.y2(), 1.0, where);
        }
    }

    /**
     * A photo far larger than the input is subsampled while it is decoded (as a classifier's input is), but letterboxed
     * by its full size: the letterbox knows the full size, and the box still lies on its pixels. The step is the
     * smaller of width / 512 and height / 512 in whole numbers (four times the 128-pixel input): 1,701 x 1,103 is
     * decoded every 2nd pixel (3 and 2), 2,305 x 4,099 every 4th (4 and 8); odd sides round the raster's up.
     */
    @Test
    void aLargePhotoIsSubsampledButLetterboxedByItsFullSize() throws Exception {
        for (int[] image : new int[][] {{1701, 1103}, {2305, 4099}}) {
            int w = image[0];
            int h = image[1];
            Box box = new Box((int) (w * 0.2), (int) (h * 0.3), (int) (w * 0.7), (int) (h * 0.6));
            BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect((int) box.x1(), (int) box.y1(), (int) box.width(), (int) box.height());
            g.dispose();

            DetectionExample example = DetectionDataReader.decode(DatasetFixture.encode(picture, "png"),
                    new Preprocessing(SIZE, SIZE, 1, ResizeMode.LETTERBOX), "big.png");

            assertEquals(new Letterbox(w, h, SIZE), example.letterbox());
            Box expected = example.letterbox().toInput(box);
            Box bright = brightBounds(example.pixels());
            String where = w + " x " + h + ": " + bright + " vs " + expected;
            assertEquals(expected.x1(), bright.x1(), 1.0, where);
            assertEquals(expected.y1(), bright.y1(), 1.0, where);
            assertEquals(expected.x2(), bright.x2(), 1.0, where);
            assertEquals(expected.y2(), bright.y2(), 1.0, where);
        }
    }

    /** The box of the pixels at least half bright, on pixel edges. */
    private static Box brightBounds(byte[] input) {
        int minX = SIZE;
        int minY = SIZE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if ((input[y * SIZE + x] & 0xFF) >= 128) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Box(minX, minY, maxX + 1, maxY + 1);
    }
}
