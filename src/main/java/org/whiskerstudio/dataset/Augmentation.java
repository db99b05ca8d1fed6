package org.whiskerstudio.dataset;

/**
 * Random changes applied on the fly to training batches only (never to validation or test data), each drawn per
 * example from the run's seeded generator.
 *
 * @param flipHorizontal     mirror left-right with probability 1/2
 * @param maxRotationDegrees rotate by a uniform angle in [-max, max]; 0 = off
 * @param maxShift           shift by up to this fraction of the width/height each way; 0 = off
 * @param maxBrightness      add a uniform offset in [-max, max] of the full range; 0 = off
 */
public record Augmentation(boolean flipHorizontal, double maxRotationDegrees, double maxShift, double maxBrightness) {
    public Augmentation {
        if (!(maxRotationDegrees >= 0 && maxRotationDegrees <= 45)) {
            throw new IllegalArgumentException("rotation must be 0 to 45 degrees, not " + maxRotationDegrees);
        }
        if (!(maxShift >= 0 && maxShift <= 0.5)) {
            throw new IllegalArgumentException("shift must be 0 to 0.5 of the image, not " + maxShift);
        }
        if (!(maxBrightness >= 0 && maxBrightness <= 0.5)) {
            throw new IllegalArgumentException("brightness change must be 0 to 0.5, not " + maxBrightness);
        }
    }

    public static Augmentation none() {
        return new Augmentation(false, 0, 0, 0);
    }

    public boolean isNone() {
        return !flipHorizontal && maxRotationDegrees == 0 && maxShift == 0 && maxBrightness == 0;
    }
}
