package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.detection.FashionCanvases.Canvas;
import org.whiskerstudio.labelling.Shape.Box;
import org.whiskerstudio.labelling.formats.IdxFormat;

/** The detection set's canvases on three made-up 28 x 28 items. */
class FashionCanvasesTest {
    private static final int S = FashionCanvases.SIZE;

    /** Item 0: a block over rows 4-23, columns 8-19 (class 3); item 1: the whole square (class 7); item 2: blank. */
    private static IdxFormat.Images items() {
        byte[] pixels = new byte[3 * 28 * 28];
        for (int y = 4; y < 24; y++) {
            for (int x = 8; x < 20; x++) {
                pixels[y * 28 + x] = (byte) 200;
            }
        }
        for (int i = 0; i < 28 * 28; i++) {
            pixels[28 * 28 + i] = (byte) 255;
        }
        return new IdxFormat.Images(3, 28, 28, pixels, new byte[] {3, 7, 1});
    }

    @Test
    void canvasesHoldTwoToFiveItemsWithBoxesInside() {
        List<Canvas> canvases = FashionCanvases.generate(items(), 200, 11);
        assertEquals(200, canvases.size());
        int[] counts = new int[6];
        for (Canvas canvas : canvases) {
            assertEquals(S * S, canvas.pixels().length);
            int n = canvas.boxes().size();
            assertTrue(n >= 2 && n <= 5, "items: " + n);
            counts[n]++;
            for (GroundTruth truth : canvas.boxes()) {
                Box b = truth.box();
                assertTrue(b.x1() >= 0 && b.y1() >= 0 && b.x2() <= S && b.y2() <= S, b.toString());
                assertTrue(truth.classIndex() == 3 || truth.classIndex() == 7, "the blank item is never placed");
                // Scaled by 0.75-1.5: the full item is 21-42 px a side, the block item 15-30 high (a pixel more or less
                // where bilinear sampling rounds an edge up or down).
                double side = truth.classIndex() == 7 ? b.width() : b.height();
                assertTrue(side >= 13 && side <= 44, "side " + side);
                if (truth.classIndex() == 7) {
                    assertEquals(b.width(), b.height());
                }
            }
        }
        for (int n = 2; n <= 5; n++) {
            assertTrue(counts[n] > 20, "canvases with " + n + " items: " + counts[n]);
        }
    }

    @Test
    void boxesAreTightAndNothingLiesOutsideThem() {
        for (Canvas canvas : FashionCanvases.generate(items(), 20, 5)) {
            byte[] p = canvas.pixels();
            for (int y = 0; y < S; y++) {
                for (int x = 0; x < S; x++) {
                    int px = x;
                    int py = y;
                    boolean inside = canvas.boxes().stream().anyMatch(g -> px >= g.box().x1() && px < g.box().x2()
                            && py >= g.box().y1() && py < g.box().y2());
                    if (!inside) {
                        assertEquals(0, p[y * S + x], "pixel outside every box at " + x + ", " + y);
                    }
                }
            }
            // Tight: each box's first and last row and column hold a lit pixel.
            for (GroundTruth g : canvas.boxes()) {
                Box b = g.box();
                assertTrue(litInRow(p, (int) b.y1(), b) && litInRow(p, (int) b.y2() - 1, b));
                assertTrue(litInColumn(p, (int) b.x1(), b) && litInColumn(p, (int) b.x2() - 1, b));
            }
        }
    }

    @Test
    void theSeedDecidesEverything() {
        List<Canvas> a = FashionCanvases.generate(items(), 20, 99);
        List<Canvas> b = FashionCanvases.generate(items(), 20, 99);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).pixels(), b.get(i).pixels());
            assertEquals(a.get(i).boxes(), b.get(i).boxes());
        }
        assertNotEquals(a.get(0).boxes(), FashionCanvases.generate(items(), 1, 100).get(0).boxes());
    }

    private static boolean litInRow(byte[] p, int y, Box b) {
        for (int x = (int) b.x1(); x < b.x2(); x++) {
            if (p[y * S + x] != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean litInColumn(byte[] p, int x, Box b) {
        for (int y = (int) b.y1(); y < b.y2(); y++) {
            if (p[y * S + x] != 0) {
                return true;
            }
        }
        return false;
    }
}
