package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whiskerstudio.detection.YoloLayoutTest.assertBox;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * Boxes move with the pixels, on a 10 x 8 image with one lit pixel at (2, 1) and the box (2, 1)-(5, 4) around the
 * pixels (2..4, 1..3).
 */
class BoxTransformTest {
    private static final int W = 10;
    private static final int H = 8;
    private static final Box BOX = new Box(2, 1, 5, 4);

    private static float[] litAt(int x, int y) {
        float[] pixels = new float[W * H];
        pixels[y * W + x] = 1f;
        return pixels;
    }

    private static float[] moved(BoxTransform transform, float[] pixels) {
        float[] copy = pixels.clone();
        transform.apply(copy, 1, W, H, new float[W * H]);
        return copy;
    }

    @Test
    void aFlipMirrorsBoxAndPixels() {
        // x -> 10 - x: (2, 1)-(5, 4) -> (5, 1)-(8, 4); the pixel at column 2 lands at column 10 - 1 - 2 = 7.
        BoxTransform flip = new BoxTransform(true, 1, 0, 0);
        assertBox(new Box(5, 1, 8, 4), flip.apply(BOX, W, H).orElseThrow());
        assertEquals(1f, moved(flip, litAt(2, 1))[1 * W + 7]);
    }

    @Test
    void aShiftMovesBoxAndPixelsAlike() {
        // dx = 3, dy = -1: (2, 1)-(5, 4) -> (5, 0)-(8, 3); the pixel (2, 1) -> (5, 0).
        BoxTransform shift = new BoxTransform(false, 1, 3, -1);
        assertBox(new Box(5, 0, 8, 3), shift.apply(BOX, W, H).orElseThrow());
        float[] pixels = moved(shift, litAt(2, 1));
        assertEquals(1f, pixels[5]);
        assertEquals(1f, sum(pixels), 1e-6);
    }

    @Test
    void aScaleGrowsAboutTheCentreAndClips() {
        // Scale 2 about (5, 4): x1 = 5 + 2 (2 - 5) = -1, x2 = 5 + 2 (5 - 5) = 5, y1 = 4 + 2 (1 - 4) = -2, y2 = 4.
        // Moved (-1, -2)-(5, 4), area 36; clipped (0, 0)-(5, 4), area 20 >= 18: kept, clipped.
        BoxTransform zoom = new BoxTransform(false, 2, 0, 0);
        assertBox(new Box(0, 0, 5, 4), zoom.apply(BOX, W, H).orElseThrow());
        // Pixels: an all-ones image stays all ones under a zoom in (every output pixel samples inside).
        float[] ones = new float[W * H];
        java.util.Arrays.fill(ones, 1f);
        float[] zoomed = moved(zoom, ones);
        assertEquals(W * H, sum(zoomed), 1e-4);
        // A zoom out by 2 maps the corner pixel's centre (0.5, 0.5) back to (-4, -3.5): black.
        float[] shrunk = moved(new BoxTransform(false, 0.5, 0, 0), ones);
        assertEquals(0f, shrunk[0]);
        assertEquals(1f, shrunk[4 * W + 5], 1e-6);
    }

    @Test
    void aBoxMostlyOutsideIsDropped() {
        // dx = 6: (8, 1)-(11, 4), area 9, inside (8, 1)-(10, 4), area 6 >= 4.5: kept.
        assertBox(new Box(8, 1, 10, 4), new BoxTransform(false, 1, 6, 0).apply(BOX, W, H).orElseThrow());
        // dx = 7: (9, 1)-(12, 4), inside (9, 1)-(10, 4), area 3 < 4.5: dropped.
        assertEquals(Optional.empty(), new BoxTransform(false, 1, 7, 0).apply(BOX, W, H));
        // dx = 8: nothing inside.
        assertEquals(Optional.empty(), new BoxTransform(false, 1, 8, 0).apply(BOX, W, H));
        List<GroundTruth> truths = List.of(new GroundTruth(0, BOX), new GroundTruth(1, new Box(0, 0, 2, 2)));
        // dx = 7 moves the second to (7, 0)-(9, 2), fully inside; the first is dropped.
        assertEquals(List.of(new GroundTruth(1, new Box(7, 0, 9, 2))),
                new BoxTransform(false, 1, 7, 0).apply(truths, W, H));
    }

    @Test
    void drawsRepeatWithTheSeedAndStayInRange() {
        BoxAugmentation augmentation = new BoxAugmentation(true, 0.1, 0.25);
        Random first = new Random(3);
        Random second = new Random(3);
        for (int i = 0; i < 100; i++) {
            BoxTransform a = augmentation.draw(first, W, H);
            assertEquals(a, augmentation.draw(second, W, H));
            assertTrue(a.scale() >= 0.75 && a.scale() <= 1.25);
            assertTrue(Math.abs(a.dx()) <= 1 && Math.abs(a.dy()) <= 0.8);
        }
        assertEquals(BoxTransform.identity(), BoxAugmentation.none().draw(new Random(1), W, H));
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
