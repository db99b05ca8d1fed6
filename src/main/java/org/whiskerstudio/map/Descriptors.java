package org.whiskerstudio.map;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.whiskerstudio.dataset.ImageResizer;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * The cheap descriptor of one stored example, which needs no run: an image's 16x16 grey pixels and a 4x4x4 colour
 * histogram; a series resampled to a fixed length per feature (the first few features); a text's character trigrams
 * hashed into a fixed number of buckets. Fixed lengths per kind, so every example of a kind is comparable.
 */
public final class Descriptors {
    static final int SIDE = 16;
    static final int BINS = 4;
    static final int SERIES_POINTS = 32;
    static final int SERIES_FEATURES = 4;
    static final int TEXT_BUCKETS = 512;
    // The histogram sums to 1 over 64 bins; scaled so it weighs about as much as the grey pixels in distances.
    private static final float HISTOGRAM_WEIGHT = 8f;
    private static final Preprocessing SMALL = new Preprocessing(SIDE, SIDE, 3, ResizeMode.STRETCH);

    private Descriptors() {
    }

    /** The descriptor of a stored file of {@code kind}. */
    public static float[] of(MediaKind kind, Path file) throws ImageUnreadable {
        try {
            return switch (kind) {
                case IMAGE -> image(new ImageResizer(SMALL).load(file));
                case SERIES -> series(Series.read(file));
                case TEXT -> text(TextExample.read(file));
            };
        } catch (SequenceUnreadable e) {
            throw new ImageUnreadable(e.getMessage(), e);
        }
    }

    /** From 16x16 RGB pixels laid out CHW (as {@link ImageResizer} makes them). */
    static float[] image(byte[] chw) {
        int plane = SIDE * SIDE;
        float[] out = new float[plane + BINS * BINS * BINS];
        for (int i = 0; i < plane; i++) {
            int r = chw[i] & 0xFF;
            int g = chw[plane + i] & 0xFF;
            int b = chw[2 * plane + i] & 0xFF;
            out[i] = (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
            int bin = (r * BINS / 256) * BINS * BINS + (g * BINS / 256) * BINS + b * BINS / 256;
            out[plane + bin] += HISTOGRAM_WEIGHT / plane;
        }
        return out;
    }

    /** Each of the first features resampled linearly to a fixed number of points; missing features stay 0. */
    static float[] series(Series series) {
        float[] out = new float[SERIES_FEATURES * SERIES_POINTS];
        int features = Math.min(SERIES_FEATURES, series.featureCount());
        int steps = series.steps();
        for (int f = 0; f < features && steps > 0; f++) {
            float[] values = series.feature(f);
            for (int p = 0; p < SERIES_POINTS; p++) {
                double at = steps == 1 ? 0 : p * (steps - 1) / (double) (SERIES_POINTS - 1);
                int low = (int) Math.floor(at);
                int high = Math.min(steps - 1, low + 1);
                double w = at - low;
                double v = values[low] * (1 - w) + values[high] * w;
                out[f * SERIES_POINTS + p] = Double.isFinite(v) ? (float) v : 0f;
            }
        }
        return out;
    }

    /** Counts of lower-cased character trigrams hashed into buckets, scaled to unit length. */
    static float[] text(String text) {
        float[] out = new float[TEXT_BUCKETS];
        String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            int h = hash(padded.substring(i, i + 3));
            out[Math.floorMod(h, TEXT_BUCKETS)] += 1f;
        }
        double norm = 0;
        for (float v : out) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < out.length; i++) {
                out[i] *= scale;
            }
        }
        return out;
    }

    // FNV-1a over UTF-8: stable across JVMs, unlike String.hashCode's contract (which is stable, but says nothing
    // about spreading three-character strings over few buckets).
    private static int hash(String gram) {
        int h = 0x811C9DC5;
        for (byte b : gram.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }
}
