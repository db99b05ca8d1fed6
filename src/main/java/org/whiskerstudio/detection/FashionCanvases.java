package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.whiskerstudio.labelling.Shape.Box;
import org.whiskerstudio.labelling.formats.IdxFormat;

/**
 * The detection benchmark's data: grey 128 x 128 canvases, each holding 2 to 5 Fashion-MNIST items scaled by a
 * factor in [0.75, 1.5] (bilinear) and placed at a random whole-pixel position fully inside. An item's box is the
 * tight box of its non-zero pixels after scaling, so the boxes are exact. A place whose box overlaps an earlier
 * item's by an IoU above {@value #MAX_OVERLAP} is drawn again (up to {@value #TRIES} times, then the last draw is
 * kept); overlapping items are drawn with the brighter pixel winning. The same items and seed give the same canvases.
 */
public final class FashionCanvases {
    public static final int SIZE = 128;
    public static final int MIN_ITEMS = 2;
    public static final int MAX_ITEMS = 5;
    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 1.5;
    static final double MAX_OVERLAP = 0.2;
    static final int TRIES = 50;

    /** One canvas: SIZE x SIZE grey pixels, row major, and the items' boxes with their Fashion-MNIST classes. */
    public record Canvas(byte[] pixels, List<GroundTruth> boxes) {
        public Canvas {
            pixels = pixels.clone();
            boxes = List.copyOf(boxes);
        }
    }

    private record Item(float[] pixels, int width, int height, Box tight) {
    }

    private FashionCanvases() {
    }

    /** {@code count} canvases from items drawn at random out of {@code images}. */
    public static List<Canvas> generate(IdxFormat.Images images, int count, long seed) {
        if (images.count() == 0) {
            throw new IllegalArgumentException("no items to place");
        }
        Random random = new Random(seed);
        List<Canvas> canvases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            canvases.add(canvas(images, random));
        }
        return canvases;
    }

    private static Canvas canvas(IdxFormat.Images images, Random random) {
        float[] canvas = new float[SIZE * SIZE];
        List<GroundTruth> boxes = new ArrayList<>();
        int items = MIN_ITEMS + random.nextInt(MAX_ITEMS - MIN_ITEMS + 1);
        while (boxes.size() < items) {
            int index = random.nextInt(images.count());
            double scale = MIN_SCALE + random.nextDouble() * (MAX_SCALE - MIN_SCALE);
            Item item = scaled(images, index, scale);
            if (item.tight().width() == 0) {
                continue; // a blank item has no box to find
            }
            Box placed = place(item, boxes, random);
            paste(canvas, item, (int) (placed.x1() - item.tight().x1()), (int) (placed.y1() - item.tight().y1()));
            boxes.add(new GroundTruth(images.labels()[index] & 0xFF, placed));
        }
        byte[] pixels = new byte[SIZE * SIZE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round(canvas[i]);
        }
        return new Canvas(pixels, boxes);
    }

    /** The item's tight box at a random place fully inside the canvas, away from earlier boxes when possible. */
    private static Box place(Item item, List<GroundTruth> earlier, Random random) {
        Box box = item.tight();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int x = random.nextInt(SIZE - item.width() + 1);
            int y = random.nextInt(SIZE - item.height() + 1);
            box = item.tight().translated(x, y);
            Box candidate = box;
            if (earlier.stream().allMatch(g -> Boxes.iou(g.box(), candidate) <= MAX_OVERLAP)) {
                break;
            }
        }
        return box;
    }

    /** The item resized to round(28 * scale) pixels a side by bilinear sampling at pixel centres. */
    private static Item scaled(IdxFormat.Images images, int index, double scale) {
        int rows = images.rows();
        int cols = images.cols();
        int offset = index * rows * cols;
        int width = (int) Math.round(cols * scale);
        int height = (int) Math.round(rows * scale);
        float[] out = new float[width * height];
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            double sy = (y + 0.5) * rows / height - 0.5;
            for (int x = 0; x < width; x++) {
                double sx = (x + 0.5) * cols / width - 0.5;
                float v = bilinear(images.pixels(), offset, cols, rows, sx, sy);
                out[y * width + x] = v;
                if (Math.round(v) > 0) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        Box tight = maxX < 0 ? new Box(0, 0, 0, 0) : new Box(minX, minY, maxX + 1, maxY + 1);
        return new Item(out, width, height, tight);
    }

    private static float bilinear(byte[] pixels, int offset, int cols, int rows, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        double top = grey(pixels, offset, cols, rows, x0, y0) * (1 - fx) + grey(pixels, offset, cols, rows, x0 + 1, y0) * fx;
        double bottom = grey(pixels, offset, cols, rows, x0, y0 + 1) * (1 - fx)
                + grey(pixels, offset, cols, rows, x0 + 1, y0 + 1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** A source pixel, edges repeated (so scaling adds no dark rim an item does not have). */
    private static int grey(byte[] pixels, int offset, int cols, int rows, int x, int y) {
        int cx = Math.max(0, Math.min(cols - 1, x));
        int cy = Math.max(0, Math.min(rows - 1, y));
        return pixels[offset + cy * cols + cx] & 0xFF;
    }

    private static void paste(float[] canvas, Item item, int left, int top) {
        for (int y = 0; y < item.height(); y++) {
            for (int x = 0; x < item.width(); x++) {
                int at = (top + y) * SIZE + left + x;
                canvas[at] = Math.max(canvas[at], item.pixels()[y * item.width() + x]);
            }
        }
    }
}
