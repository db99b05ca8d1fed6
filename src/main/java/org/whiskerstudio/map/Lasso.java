package org.whiskerstudio.map;

import java.util.Arrays;

/** A closed lasso drawn over the map, in map coordinates; a point is inside by the even-odd rule. */
public record Lasso(double[] xs, double[] ys) {
    public Lasso {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a lasso's coordinates differ in length");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** Whether the lasso encloses any area (three points at least). */
    public boolean isClosedShape() {
        return xs.length >= 3;
    }

    public double minX() {
        return Arrays.stream(xs).min().orElse(0);
    }

    public double maxX() {
        return Arrays.stream(xs).max().orElse(0);
    }

    public double minY() {
        return Arrays.stream(ys).min().orElse(0);
    }

    public double maxY() {
        return Arrays.stream(ys).max().orElse(0);
    }

    /** Ray casting to the right: inside when the ray crosses the outline an odd number of times. */
    public boolean contains(double x, double y) {
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)
                    && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
