package org.whiskerstudio.map;

import java.util.Arrays;

/**
 * A uniform grid over a map's points (about four a cell) for the hit tests that must stay fast at 20,000 points and
 * more: the point under the mouse, the points inside a lasso, and each point's nearest neighbour. Cells are kept as
 * one sorted index array with offsets (no object per point).
 */
public final class SpatialGrid {
    private final float[] xs;
    private final float[] ys;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] starts;
    private final int[] points;

    public SpatialGrid(float[] xs, float[] ys) {
        this.xs = xs;
        this.ys = ys;
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            loX = Math.min(loX, xs[i]);
            hiX = Math.max(hiX, xs[i]);
            loY = Math.min(loY, ys[i]);
            hiY = Math.max(hiY, ys[i]);
        }
        minX = xs.length == 0 ? 0 : loX;
        minY = xs.length == 0 ? 0 : loY;
        double span = Math.max(1e-9, Math.max(hiX - minX, hiY - minY));
        int perSide = Math.max(1, (int) Math.sqrt(xs.length / 4.0));
        cell = span / perSide;
        columns = Math.max(1, (int) ((hiX - minX) / cell) + 1);
        rows = Math.max(1, (int) ((hiY - minY) / cell) + 1);
        starts = new int[columns * rows + 1];
        points = new int[xs.length];
        fill();
    }

    private void fill() {
        int[] of = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            of[i] = column(xs[i]) + row(ys[i]) * columns;
            starts[of[i] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            starts[c + 1] += starts[c];
        }
        int[] next = Arrays.copyOf(starts, starts.length);
        for (int i = 0; i < xs.length; i++) {
            points[next[of[i]]++] = i;
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) ((x - minX) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) ((y - minY) / cell)));
    }

    /** The point nearest to (x, y) within {@code radius}, or -1. */
    public int nearest(double x, double y, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int r = row(y - radius); r <= row(y + radius); r++) {
            for (int c = column(x - radius); c <= column(x + radius); c++) {
                for (int k = starts[c + r * columns]; k < starts[c + r * columns + 1]; k++) {
                    int i = points[k];
                    double d = square(xs[i] - x) + square(ys[i] - y);
                    if (d <= bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    /** The nearest point to point {@code i} other than itself, or -1 when it is alone; rings of cells outwards. */
    public int nearestOther(int i) {
        int c0 = column(xs[i]);
        int r0 = row(ys[i]);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int ring = 0; ring <= Math.max(columns, rows); ring++) {
            // Every point in ring k + 1 or beyond is at least k cells away: stop once the best is closer than that.
            if (best >= 0 && Math.sqrt(bestD) <= (ring - 1) * cell) {
                break;
            }
            for (int r = r0 - ring; r <= r0 + ring; r++) {
                for (int c = c0 - ring; c <= c0 + ring; c++) {
                    boolean onRing = Math.abs(r - r0) == ring || Math.abs(c - c0) == ring;
                    if (!onRing || r < 0 || c < 0 || r >= rows || c >= columns) {
                        continue;
                    }
                    for (int k = starts[c + r * columns]; k < starts[c + r * columns + 1]; k++) {
                        int j = points[k];
                        double d = square(xs[j] - xs[i]) + square(ys[j] - ys[i]);
                        if (j != i && d < bestD) {
                            bestD = d;
                            best = j;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The indices of the points inside the lasso, ascending. */
    public int[] inside(Lasso lasso) {
        if (!lasso.isClosedShape()) {
            return new int[0];
        }
        int[] found = new int[xs.length];
        int n = 0;
        for (int r = row(lasso.minY()); r <= row(lasso.maxY()); r++) {
            for (int c = column(lasso.minX()); c <= column(lasso.maxX()); c++) {
                for (int k = starts[c + r * columns]; k < starts[c + r * columns + 1]; k++) {
                    int i = points[k];
                    if (lasso.contains(xs[i], ys[i])) {
                        found[n++] = i;
                    }
                }
            }
        }
        int[] out = Arrays.copyOf(found, n);
        Arrays.sort(out);
        return out;
    }

    private static double square(double v) {
        return v * v;
    }
}
