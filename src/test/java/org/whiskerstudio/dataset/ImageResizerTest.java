package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResizerTest {
    @TempDir
    Path temp;

    /** Columns coloured by index: column x has red 10 * (x + 1), green 100, blue 200. */
    private static BufferedImage columns(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (10 * (x + 1)) << 16 | 100 << 8 | 200);
            }
        }
        return image;
    }

    private static byte[] resize(BufferedImage image, int w, int h, int channels, ResizeMode mode) {
        return new ImageResizer(new Preprocessing(w, h, channels, mode)).resize(image);
    }

    @Test
    void stretchAtTheSameSizeKeepsEveryPixelInChwOrder() {
        byte[] out = resize(columns(4, 2), 4, 2, 3, ResizeMode.STRETCH);
        assertArrayEquals(new byte[] {10, 20, 30, 40, 10, 20, 30, 40}, Arrays.copyOfRange(out, 0, 8), "red plane");
        assertEquals(100, out[8] & 0xFF, "green plane follows");
        assertEquals(200, out[16] & 0xFF, "blue plane last");
    }

    @Test
    void letterboxPadsTheShortSideWithBlack() {
        byte[] out = resize(columns(4, 2), 4, 4, 3, ResizeMode.LETTERBOX);
        for (int x = 0; x < 4; x++) {
            assertEquals(0, out[x], "top row is padding");
            assertEquals(10 * (x + 1), out[4 + x] & 0xFF, "image rows in the middle");
            assertEquals(10 * (x + 1), out[8 + x] & 0xFF);
            assertEquals(0, out[12 + x], "bottom row is padding");
        }
    }

    @Test
    void centreCropKeepsTheMiddleAndCutsTheSides() {
        byte[] out = resize(columns(4, 2), 2, 2, 3, ResizeMode.CENTER_CROP);
        assertArrayEquals(new byte[] {20, 30, 20, 30}, Arrays.copyOfRange(out, 0, 4));
    }

    @Test
    void stretchScalesEachAxisOnItsOwn() {
        byte[] out = resize(columns(4, 2), 2, 2, 1, ResizeMode.STRETCH);
        assertEquals(4, out.length);
        assertTrue((out[0] & 0xFF) < (out[1] & 0xFF), "left column darker than right after squeezing");
    }

    @Test
    void greyIsLuminanceAndGreyStaysExact() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x7B7B7B);
        byte[] out = resize(image, 2, 1, 1, ResizeMode.STRETCH);
        assertEquals(77, out[0] & 0xFF, "pure red weighs 0.299");
        assertEquals(0x7B, out[1] & 0xFF);
    }

    @Test
    void aGreyPngKeepsItsValues() throws Exception {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, 3, 1, new byte[] {0, 37, (byte) 200});
        Path file = Files.write(temp.resolve("g.png"), DatasetFixture.encode(grey, "png"));
        byte[] out = new ImageResizer(new Preprocessing(3, 1, 1, ResizeMode.STRETCH)).load(file);
        assertArrayEquals(new byte[] {0, 37, (byte) 200}, out);
    }

    @Test
    void downscalingAFinePatternAveragesInsteadOfAliasing() {
        BufferedImage stripes = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0);
            }
        }
        byte[] out = resize(stripes, 8, 8, 1, ResizeMode.STRETCH);
        for (byte b : out) {
            assertTrue(Math.abs((b & 0xFF) - 128) < 20, "mid grey expected, got " + (b & 0xFF));
        }
    }

    @Test
    void aCorruptFileIsRefusedWithAReason() throws Exception {
        Path file = Files.write(temp.resolve("bad.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        ImageUnreadable e = assertThrows(ImageUnreadable.class,
                () -> new ImageResizer(new Preprocessing(4, 4, 1, ResizeMode.STRETCH)).load(file));
        assertTrue(e.getMessage().contains("not an image") || e.getMessage().contains("corrupt"), e.getMessage());
    }
}
