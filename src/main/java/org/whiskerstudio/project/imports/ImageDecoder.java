package org.whiskerstudio.project.imports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes untrusted image bytes safely: the format is sniffed from the content (not the name), the declared
 * size is checked before any pixel is allocated (decompression bombs), a truncated file is refused, and only a
 * subsampled raster big enough for the consumer (a thumbnail, a training input) is ever decoded.
 */
public final class ImageDecoder {
    /** Longest side of a thumbnail, in pixels. */
    public static final int THUMBNAIL_SIZE = 200;
    /**
     * Larger than a 100-megapixel medium-format photo; above it we refuse rather than risk memory (a progressive
     * JPEG's decoder holds all its coefficients in native memory, about 3 bytes per pixel).
     */
    public static final long MAX_PIXELS = 120_000_000L;
    public static final int MAX_SIDE = 40_000;
    private static final Map<String, String> FORMAT_NAMES = Map.of(
            "jpeg", "jpg", "png", "png", "bmp", "bmp", "gif", "gif", "tif", "tif", "tiff", "tif", "wbmp", "wbmp",
            "webp", "webp");
    /** Formats every stage (the screens' image loader included) reads as they are, when upright and not CMYK. */
    private static final Set<String> STORED_AS_IS = Set.of("jpg", "png", "bmp", "gif");

    static {
        // A disk cache only slows decoding of in-memory bytes.
        ImageIO.setUseCache(false);
    }

    /** Decodes for import: the upright size and format, a thumbnail, and whether the bytes can be stored as they are. */
    public DecodedImage decode(byte[] content) throws ImageRejected {
        Decoded d = read(content, (width, height) -> Math.max(1, Math.min(width, height) / (2 * THUMBNAIL_SIZE)));
        boolean asIs = d.orientation.upright() && STORED_AS_IS.contains(d.format) && !d.fourChannel;
        return new DecodedImage(d.width, d.height, d.format, scaleToThumbnail(d.pixels), asIs);
    }

    /** Decodes every pixel, upright (for the standard copy of a file that cannot be stored as it is). */
    public BufferedImage decodeUpright(byte[] content) throws ImageRejected {
        return read(content, (width, height) -> 1).pixels;
    }

    /**
     * Decodes for a consumer that needs about {@code neededWidth x neededHeight} pixels (training inputs): big photos
     * are subsampled while decoding, never below four times the needed size, so a resizer still has detail to average.
     */
    public BufferedImage decodeFor(byte[] content, int neededWidth, int neededHeight) throws ImageRejected {
        return read(content, forSize(neededWidth, neededHeight)).pixels;
    }

    /**
     * A raster decoded for a consumer of about a given size (as {@link #decodeFor}) with the image's full upright size,
     * which may be larger than the raster's: what is drawn on the full image (boxes) maps onto the raster by it.
     */
    public record Sized(BufferedImage pixels, int width, int height) {
    }

    /** As {@link #decodeFor}, with the image's full upright size. */
    public Sized decodeSizedFor(byte[] content, int neededWidth, int neededHeight) throws ImageRejected {
        Decoded d = read(content, forSize(neededWidth, neededHeight));
        return new Sized(d.pixels, d.width, d.height);
    }

    /** Subsampled while decoding, never below four times the needed size. */
    private static StepRule forSize(int neededWidth, int neededHeight) {
        return (width, height) -> Math.max(1, Math.min(width / (4 * neededWidth), height / (4 * neededHeight)));
    }

    /** The subsampling step for an image of the given size. */
    private interface StepRule {
        int step(int width, int height);
    }

    /** Sizes are as shown (upright); {@code fourChannel}: a CMYK or YCCK JPEG. */
    private record Decoded(int width, int height, String format, BufferedImage pixels, Orientation orientation,
                           boolean fourChannel) {
    }

    private static Decoded read(byte[] content, StepRule rule) throws ImageRejected {
        if (content.length == 0) {
            throw new ImageRejected("the file is empty (0 bytes)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejected(UnreadableFormats.explain(content));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Decoded d = decodeWith(reader, rule);
                Orientation o = Orientation.of(content, d.format);
                return o.upright() ? d : new Decoded(o.swapsSides() ? d.height : d.width,
                        o.swapsSides() ? d.width : d.height, d.format, o.apply(d.pixels), o, d.fourChannel);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO signals broken data with IIOException, IndexOutOfBounds, NegativeArraySize and more.
            throw new ImageRejected("corrupt or truncated image data (" + describe(e) + ")", e);
        }
    }

    private static Decoded decodeWith(ImageReader reader, StepRule rule) throws IOException, ImageRejected {
        String format = formatName(reader);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageRejected("the image declares an invalid size " + width + " x " + height);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new ImageRejected("the image declares " + width + " x " + height
                    + " pixels, more than the limit of " + MAX_PIXELS / 1_000_000 + " megapixels (a decompression bomb?)");
        }
        TruncationWatch watch = new TruncationWatch();
        reader.addIIOReadWarningListener(watch);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = rule.step(width, height);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage pixels = reader.read(0, param);
        if (watch.truncated) {
            throw new ImageRejected("truncated image data (" + watch.message + ")");
        }
        return new Decoded(width, height, format, pixels, Orientation.UPRIGHT, fourChannel(reader, format));
    }

    /** A JPEG of four components (CMYK, YCCK): the screens' loader cannot show it, so it gets an RGB copy. */
    private static boolean fourChannel(ImageReader reader, String format) throws IOException {
        if (!format.equals("jpg")) {
            return false;
        }
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        return raw != null && raw.getNumComponents() == 4;
    }

    /** The format as the studio names it ("jpg", "tif" ...), from the reader that took the file. */
    public static String formatName(ImageReader reader) throws IOException {
        String name = reader.getFormatName().toLowerCase(Locale.ROOT);
        return FORMAT_NAMES.getOrDefault(name, name);
    }

    /** Fits an image into the thumbnail box on a white background (JPEG has no alpha). */
    public static BufferedImage scaleToThumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return drawScaled(source, w, h, Color.WHITE);
    }

    /** The image drawn at {@code w x h} (bilinear) as opaque RGB; transparent parts take the background colour. */
    public static BufferedImage drawScaled(BufferedImage source, int w, int h, Color background) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(background);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Writes a thumbnail as a compact JPEG. */
    public static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        writeJpeg(image, out, 0.85f);
    }

    /** Writes an RGB image as a JPEG of the given quality (0-1). */
    public static void writeJpeg(BufferedImage image, OutputStream out, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** JPEG decoders report a cut-off file as a warning and fill the rest with grey; we refuse such files. */
    private static final class TruncationWatch implements IIOReadWarningListener {
        private volatile boolean truncated;
        private volatile String message = "";

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("premature end") || w.contains("truncat")) {
                truncated = true;
                message = warning;
            }
        }
    }
}
