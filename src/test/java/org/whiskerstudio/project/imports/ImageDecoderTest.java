package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {
    private final ImageDecoder decoder = new ImageDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "bmp", "gif"})
    void decodeReportsTrueSizeAndFormat(String format) throws ImageRejected {
        DecodedImage decoded = decoder.decode(TestImages.bytes(format, 123, 45, 1));

        assertEquals(123, decoded.width());
        assertEquals(45, decoded.height());
        assertEquals(format, decoded.format());
    }

    @Test
    void formatComesFromContentNotName() throws ImageRejected {
        // The decoder never sees a name: PNG bytes are PNG whatever the file was called.
        assertEquals("png", decoder.decode(TestImages.bytes("png", 10, 10, 1)).format());
        assertEquals("jpg", decoder.decode(TestImages.bytes("jpg", 10, 10, 1)).format());
    }

    @Test
    void thumbnailFitsTheBoxAndKeepsAspectRatio() throws ImageRejected {
        BufferedImage thumb = decoder.decode(TestImages.bytes("jpg", 800, 400, 2)).thumbnail();

        assertEquals(ImageDecoder.THUMBNAIL_SIZE, thumb.getWidth());
        assertEquals(ImageDecoder.THUMBNAIL_SIZE / 2, thumb.getHeight());
    }

    @Test
    void thumbnailOfLargeImageIsSubsampledToTheBox() throws ImageRejected {
        // 1000 x 900 makes the decoder subsample (step 2) before scaling.
        BufferedImage thumb = decoder.decode(TestImages.bytes("png", 1000, 900, 3)).thumbnail();

        assertEquals(ImageDecoder.THUMBNAIL_SIZE, thumb.getWidth());
        assertEquals(180, thumb.getHeight());
    }

    @Test
    void smallImageIsNotEnlargedForTheThumbnail() throws ImageRejected {
        BufferedImage thumb = decoder.decode(TestImages.bytes("png", 40, 30, 4)).thumbnail();

        assertEquals(40, thumb.getWidth());
        assertEquals(30, thumb.getHeight());
    }

    @Test
    void emptyContentIsRejectedAsEmpty() {
        ImageRejected e = assertThrows(ImageRejected.class, () -> decoder.decode(new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void textIsRejectedAsUnsupportedFormat() {
        byte[] text = "This is a shopping list, not a photo.\n".getBytes(StandardCharsets.UTF_8);

        ImageRejected e = assertThrows(ImageRejected.class, () -> decoder.decode(text));

        assertTrue(e.getMessage().contains("not an image"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "bmp", "gif"})
    void truncatedImageIsRejectedAsTruncated(String format) {
        byte[] cut = TestImages.truncated(TestImages.bytes(format, 300, 200, 5));

        ImageRejected e = assertThrows(ImageRejected.class, () -> decoder.decode(cut));

        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void pngDeclaringHugeSidesIsRejectedBeforeDecoding() {
        byte[] bomb = TestImages.pngDeclaring(100_000, 100_000);

        ImageRejected e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImageRejected.class, () -> decoder.decode(bomb)));

        assertTrue(e.getMessage().contains("100000 x 100000"), e.getMessage());
    }

    @Test
    void pngDeclaringTooManyPixelsWithinSideLimitIsRejected() {
        // 30000 x 30000 is under MAX_SIDE but 900 megapixels is over MAX_PIXELS.
        byte[] bomb = TestImages.pngDeclaring(30_000, 30_000);

        ImageRejected e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImageRejected.class, () -> decoder.decode(bomb)));

        assertTrue(e.getMessage().contains("30000 x 30000"), e.getMessage());
    }

    @Test
    void jpegDeclaringHugeSidesIsRejectedBeforeDecoding() {
        byte[] bomb = TestImages.jpegDeclaring(60_000, 60_000);

        ImageRejected e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImageRejected.class, () -> decoder.decode(bomb)));

        assertTrue(e.getMessage().contains("60000 x 60000"), e.getMessage());
    }
}
