package org.whiskerstudio.detection;

/**
 * COCO's object sizes by area in pixels: small up to 32², medium 32² to 96², large above. As in cocoeval.py both ends
 * are inclusive, so an object of exactly 32² counts as small and as medium.
 */
public enum AreaRange {
    ALL(0, 1e10),
    SMALL(0, 32 * 32),
    MEDIUM(32 * 32, 96 * 96),
    LARGE(96 * 96, 1e10);

    private final double min;
    private final double max;

    AreaRange(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public boolean contains(double area) {
        return area >= min && area <= max;
    }
}
