package org.whiskerstudio.dataset;

import java.util.Random;

/**
 * Applies an {@link Augmentation} to one example's CHW pixels in [0, 1], in place: flip, rotation and shift as one
 * inverse mapping with bilinear sampling (black where the source is outside the image), then a brightness offset
 * clamped to [0, 1]. Every draw comes from the generator it is given, so a seeded generator repeats the same change.
 */
public final class Augmenter {
    private final Augmentation augmentation;
    private final int channels;
    private final int height;
    private final int width;

    public Augmenter(Augmentation augmentation, int channels, int height, int width) {
        this.augmentation = augmentation;
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    public boolean isNone() {
        return augmentation.isNone();
    }

    /** Changes {@code pixels}; {@code scratch} holds at least one example and is overwritten. */
    public void apply(float[] pixels, Random random, float[] scratch) {
        boolean flip = augmentation.flipHorizontal() && random.nextBoolean();
        double angle = Math.toRadians(symmetric(random, augmentation.maxRotationDegrees()));
        double dx = symmetric(random, augmentation.maxShift()) * width;
        double dy = symmetric(random, augmentation.maxShift()) * height;
        float brightness = (float) symmetric(random, augmentation.maxBrightness());
        if (flip || angle != 0 || dx != 0 || dy != 0) {
            transform(pixels, scratch, flip, angle, dx, dy);
        }
        if (brightness != 0) {
            int n = channels * height * width;
            for (int i = 0; i < n; i++) {
                pixels[i] = Math.min(1f, Math.max(0f, pixels[i] + brightness));
            }
        }
    }

    /** A uniform draw in [-max, max]; no draw at all when max is 0, so turning one change off keeps the others. */
    private static double symmetric(Random random, double max) {
        return max == 0 ? 0 : (random.nextDouble() * 2 - 1) * max;
    }

    private void transform(float[] pixels, float[] source, boolean flip, double angle, double dx, double dy) {
        int plane = height * width;
        System.arraycopy(pixels, 0, source, 0, channels * plane);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Output (x, y) shows the source point that the shift, then the rotation, then the flip moved here.
                double px = x - cx - dx;
                double py = y - cy - dy;
                double sx = cos * px + sin * py + cx;
                double sy = -sin * px + cos * py + cy;
                if (flip) {
                    sx = width - 1 - sx;
                }
                for (int c = 0; c < channels; c++) {
                    pixels[c * plane + y * width + x] = sample(source, c * plane, sx, sy);
                }
            }
        }
    }

    private float sample(float[] source, int base, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        float top = lerp(at(source, base, x0, y0), at(source, base, x0 + 1, y0), fx);
        float bottom = lerp(at(source, base, x0, y0 + 1), at(source, base, x0 + 1, y0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    private float at(float[] source, int base, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : source[base + y * width + x];
    }

    private static float lerp(float a, float b, float t) {
        return t == 0 ? a : a + (b - a) * t;
    }
}
