package org.whiskerstudio.detection;

import java.util.Random;

/**
 * How much a detector's training images may be changed, boxes moving with them: a horizontal flip half of the time,
 * a scale drawn uniformly in [1 - maxScaleChange, 1 + maxScaleChange], and a shift of up to {@code maxShift} of the
 * width and height each way. Vertical flips and rotations are left out: they would not keep a box tight.
 */
public record BoxAugmentation(boolean flipHorizontal, double maxShift, double maxScaleChange) {
    public BoxAugmentation {
        if (!(maxShift >= 0 && maxShift < 1) || !(maxScaleChange >= 0 && maxScaleChange < 1)) {
            throw new IllegalArgumentException("shift and scale change must be in [0, 1), got " + maxShift + ", "
                    + maxScaleChange);
        }
    }

    public static BoxAugmentation none() {
        return new BoxAugmentation(false, 0, 0);
    }

    /** One draw for an image of the given size; a change that is off draws nothing, so the others repeat. */
    public BoxTransform draw(Random random, int width, int height) {
        boolean flip = flipHorizontal && random.nextBoolean();
        double scale = 1 + symmetric(random, maxScaleChange);
        double dx = symmetric(random, maxShift) * width;
        double dy = symmetric(random, maxShift) * height;
        return new BoxTransform(flip, scale, dx, dy);
    }

    private static double symmetric(Random random, double max) {
        return max == 0 ? 0 : (random.nextDouble() * 2 - 1) * max;
    }
}
