package org.whiskerstudio.labelling;

import java.util.List;

/** Point-list arithmetic shared by the shapes made of points. */
final class Points {
    private Points() {
    }

    static List<Point> atLeast(List<Point> points, int least, String what) {
        List<Point> copy = List.copyOf(points);
        if (copy.size() < least) {
            throw new IllegalArgumentException(what + " needs at least " + least + " points, got " + copy.size());
        }
        return copy;
    }

    static List<Point> clipped(List<Point> points, double width, double height) {
        return points.stream().map(p -> p.clippedTo(width, height)).toList();
    }

    static List<Point> translated(List<Point> points, double dx, double dy) {
        return points.stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
    }

    static Shape.Box bounds(List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Shape.Box(minX, minY, maxX, maxY);
    }
}
