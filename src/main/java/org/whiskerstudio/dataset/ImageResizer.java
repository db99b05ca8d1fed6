package org.whiskerstudio.dataset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whiskerstudio.project.imports.ImageDecoder;
import org.whiskerstudio.project.imports.ImageRejected;

/**
 * Turns a stored image file into the network's input bytes: decoded safely (the import's {@link ImageDecoder}, with its bomb and truncation checks), resized
 * to the {@link Preprocessing}'s size by its {@link ResizeMode}, made grey (luminance) or RGB, laid out as unsigned
 * bytes channel by channel (CHW). Downscaling halves the image step by step before the last bilinear step, which
 * keeps detail from aliasing away (a single bilinear step from a large photo samples only a few source pixels).
 * Transparent parts become black, like letterbox padding.
 */
public final class ImageResizer {
    private final Preprocessing target;
    private final ImageDecoder decoder = new ImageDecoder();

    public ImageResizer(Preprocessing target) {
        this.target = target;
    }

    public Preprocessing target() {
        return target;
    }

    /** Reads, decodes and resizes one stored file. */
    public byte[] load(Path file) throws ImageUnreadable {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageUnreadable("cannot be read (" + e.getMessage() + ")", e);
        }
        return load(content);
    }

    /** Decodes and resizes an encoded image already in memory (an upload), with the same limits as a file. */
    public byte[] load(byte[] content) throws ImageUnreadable {
        try {
            return resize(decoder.decodeFor(content, target.width(), target.height()));
        } catch (ImageRejected e) {
            throw new ImageUnreadable(e.getMessage(), e);
        }
    }

    /** The input bytes of an image already in memory. */
    public byte[] resize(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int tw = target.width();
        int th = target.height();
        BufferedImage source = image;
        int drawW = tw;
        int drawH = th;
        switch (target.resize()) {
            case STRETCH -> { }
            case LETTERBOX -> {
                double s = Math.min((double) tw / w, (double) th / h);
                drawW = Math.max(1, Math.min(tw, (int) Math.round(w * s)));
                drawH = Math.max(1, Math.min(th, (int) Math.round(h * s)));
            }
            case CENTER_CROP -> {
                double s = Math.max((double) tw / w, (double) th / h);
                int cw = Math.max(1, Math.min(w, (int) Math.round(tw / s)));
                int ch = Math.max(1, Math.min(h, (int) Math.round(th / s)));
                source = image.getSubimage((w - cw) / 2, (h - ch) / 2, cw, ch);
            }
            default -> throw new IllegalStateException("unknown resize mode " + target.resize());
        }
        return placed(source, drawW, drawH);
    }

    /**
     * The image scaled to {@code drawWidth x drawHeight} and centred on the black input (whole-pixel offsets): a
     * letterbox whose drawn size was worked out on the image's full size when {@code image} is a subsampled raster.
     */
    public byte[] placed(BufferedImage image, int drawWidth, int drawHeight) {
        return toChw(scale(image, drawWidth, drawHeight), (target.width() - drawWidth) / 2,
                (target.height() - drawHeight) / 2);
    }

    /** A new RGB image of exactly w x h. */
    static BufferedImage scale(BufferedImage source, int w, int h) {
        BufferedImage current = source;
        int cw = source.getWidth();
        int ch = source.getHeight();
        while (cw >= 2 * w || ch >= 2 * h) {
            int nw = cw >= 2 * w ? cw / 2 : cw;
            int nh = ch >= 2 * h ? ch / 2 : ch;
            current = draw(current, nw, nh);
            cw = nw;
            ch = nh;
        }
        return draw(current, w, h);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        return ImageDecoder.drawScaled(source, w, h, Color.BLACK);
    }

    /** Writes the scaled image at (ox, oy) into the target's CHW bytes; everything around it stays black. */
    private byte[] toChw(BufferedImage scaled, int ox, int oy) {
        int tw = target.width();
        int plane = tw * target.height();
        int w = scaled.getWidth();
        int h = scaled.getHeight();
        int[] rgb = ((DataBufferInt) scaled.getRaster().getDataBuffer()).getData();
        byte[] out = new byte[target.size()];
        boolean grey = target.channels() == 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb[y * w + x];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int at = (y + oy) * tw + x + ox;
                if (grey) {
                    // Rec. 601 luma in fixed point; the weights add up to 256, so grey stays exactly grey.
                    out[at] = (byte) ((77 * r + 150 * g + 29 * b + 128) >> 8);
                } else {
                    out[at] = (byte) r;
                    out[plane + at] = (byte) g;
                    out[2 * plane + at] = (byte) b;
                }
            }
        }
        return out;
    }
}
