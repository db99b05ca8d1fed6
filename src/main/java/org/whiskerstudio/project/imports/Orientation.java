package org.whiskerstudio.project.imports;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The EXIF orientation of a photo (1-8): how the stored pixels must be turned to show the picture upright. Phones
 * store a portrait photo as a landscape raster with orientation 6; everything in the studio (thumbnails, the Label
 * canvas, boxes, training, prediction, exports) works on the upright picture, as the person saw it.
 *
 * @param value the EXIF value: 1 upright, 2 mirrored, 3 upside down, 4 flipped, 5 transposed, 6 turned a quarter
 *              clockwise to show, 7 transversed, 8 turned a quarter anticlockwise to show
 */
public record Orientation(int value) {
    public static final Orientation UPRIGHT = new Orientation(1);

    public Orientation {
        if (value < 1 || value > 8) {
            throw new IllegalArgumentException("EXIF orientation is 1 to 8, not " + value);
        }
    }

    /**
     * The orientation the picture's EXIF block states, read with metadata-extractor; upright when there is none or it
     * is unreadable (a broken EXIF block does not make the picture unusable). Only formats that carry EXIF are read.
     */
    public static Orientation of(byte[] content, String format) {
        return carriesExif(format) ? read(() -> ImageMetadataReader.readMetadata(new ByteArrayInputStream(content),
                content.length)) : UPRIGHT;
    }

    /** The same for a file, reading only its metadata segments. */
    public static Orientation of(Path file, String format) {
        return carriesExif(format) ? read(() -> ImageMetadataReader.readMetadata(file.toFile())) : UPRIGHT;
    }

    private static boolean carriesExif(String format) {
        return format.equals("jpg") || format.equals("tif") || format.equals("webp");
    }

    private interface MetadataSource {
        Metadata read() throws ImageProcessingException, IOException;
    }

    private static Orientation read(MetadataSource source) {
        try {
            for (ExifIFD0Directory d : source.read().getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (d.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int v = d.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return v >= 1 && v <= 8 ? new Orientation(v) : UPRIGHT;
                }
            }
            return UPRIGHT;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return UPRIGHT;
        }
    }

    public boolean upright() {
        return value == 1;
    }

    /** Whether showing the picture swaps width and height (the quarter turns and the transpositions). */
    public boolean swapsSides() {
        return value >= 5;
    }

    /** The picture turned upright: a new image for any orientation but 1 (the source itself then). */
    public BufferedImage apply(BufferedImage source) {
        if (upright()) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        int outW = swapsSides() ? h : w;
        int outH = swapsSides() ? w : h;
        int[] in = source.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[target(x, y, w, h, outW)] = in[y * w + x];
            }
        }
        BufferedImage turned = new BufferedImage(outW, outH,
                source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        turned.setRGB(0, 0, outW, outH, out, 0, outW);
        return turned;
    }

    /** Where the stored pixel (x, y) of a w x h raster lands in the upright picture, as an index in its rows. */
    private int target(int x, int y, int w, int h, int outW) {
        return switch (value) {
            case 2 -> y * outW + (w - 1 - x);
            case 3 -> (h - 1 - y) * outW + (w - 1 - x);
            case 4 -> (h - 1 - y) * outW + x;
            case 5 -> x * outW + y;
            case 6 -> x * outW + (h - 1 - y);
            case 7 -> (w - 1 - x) * outW + (h - 1 - y);
            case 8 -> (w - 1 - x) * outW + y;
            default -> y * outW + x;
        };
    }
}
