package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a long series (a loss per training step) within a fixed number of points: the x axis is cut into equal
 * buckets, each keeping only its lowest and highest point, and when the buckets run out they merge in pairs (the
 * width doubles). A 100,000-step run stays a few hundred points, and spikes and dips stay visible because a
 * bucket's extremes always survive. Points must come in increasing x; NaN and infinite values are skipped (a
 * diverged loss cannot be drawn). Not thread-safe.
 */
public final class SeriesDecimator {
    private final int maxBuckets;
    private final List<Bucket> buckets = new ArrayList<>();
    private double origin;
    private double width;
    private final double initialWidth;

    /** @param maxPoints the most points {@link #points()} returns, at least 2 */
    public SeriesDecimator(int maxPoints) {
        this(maxPoints, 1);
    }

    /** @param initialWidth the x span of a bucket before any merging (1 suits step numbers) */
    public SeriesDecimator(int maxPoints, double initialWidth) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a decimated series needs room for at least 2 points, not " + maxPoints);
        }
        if (!(initialWidth > 0)) {
            throw new IllegalArgumentException("bucket width must be positive, not " + initialWidth);
        }
        this.maxBuckets = maxPoints / 2;
        this.initialWidth = initialWidth;
        this.width = initialWidth;
    }

    public void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (buckets.isEmpty()) {
            origin = x;
        }
        long index = indexOf(x);
        while (index >= maxBuckets) {
            mergePairs();
            index = indexOf(x);
        }
        Bucket last = buckets.isEmpty() ? null : buckets.get(buckets.size() - 1);
        if (last != null && index <= last.index) {
            // Same bucket, or (out of order) an earlier one: the last bucket takes it rather than break the order.
            last.add(x, y);
        } else {
            buckets.add(new Bucket(index, x, y));
        }
    }

    public void clear() {
        buckets.clear();
        width = initialWidth;
    }

    /** The kept points in x order: per bucket its lowest and highest (one point when they are the same). */
    public List<ChartPoint> points() {
        List<ChartPoint> points = new ArrayList<>(buckets.size() * 2);
        for (Bucket b : buckets) {
            if (b.minX == b.maxX) {
                points.add(new ChartPoint(b.minX, b.minY));
            } else if (b.minX < b.maxX) {
                points.add(new ChartPoint(b.minX, b.minY));
                points.add(new ChartPoint(b.maxX, b.maxY));
            } else {
                points.add(new ChartPoint(b.maxX, b.maxY));
                points.add(new ChartPoint(b.minX, b.minY));
            }
        }
        return points;
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    private long indexOf(double x) {
        return (long) Math.floor((x - origin) / width);
    }

    private void mergePairs() {
        width *= 2;
        List<Bucket> merged = new ArrayList<>(buckets.size() / 2 + 1);
        for (Bucket b : buckets) {
            b.index /= 2;
            Bucket last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.index == b.index) {
                last.absorb(b);
            } else {
                merged.add(b);
            }
        }
        buckets.clear();
        buckets.addAll(merged);
    }

    private static final class Bucket {
        long index;
        double minX;
        double minY;
        double maxX;
        double maxY;

        Bucket(long index, double x, double y) {
            this.index = index;
            minX = maxX = x;
            minY = maxY = y;
        }

        void add(double x, double y) {
            if (y < minY) {
                minX = x;
                minY = y;
            }
            if (y > maxY) {
                maxX = x;
                maxY = y;
            }
        }

        void absorb(Bucket other) {
            add(other.minX, other.minY);
            add(other.maxX, other.maxY);
        }
    }
}
