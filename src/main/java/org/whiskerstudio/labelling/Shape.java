package org.whiskerstudio.labelling;

import java.util.List;

/**
 * What an annotation says about an image: the whole image is of a class (a tag), or a region is (a box or a
 * polygon). Coordinates are image pixels as doubles (sub-pixel positions survive round trips through formats).
 */
public sealed interface Shape permits Shape.Tag, Shape.Box, Shape.Polygon {

    /** The kind as stored and as named in messages: "tag", "box" or "polygon". */
    String kind();

    /** The shape clipped to an image of the given size (tags are unchanged). */
    Shape clippedTo(double width, double height);

    /** The whole image is of the class. */
    record Tag() implements Shape {
        @Override
        public String kind() {
            return "tag";
        }

        @Override
        public Shape clippedTo(double width, double height) {
            return this;
        }
    }

    /** An axis-aligned rectangle; the constructor orders the corners so that x1 <= x2 and y1 <= y2. */
    record Box(double x1, double y1, double x2, double y2) implements Shape {
        public Box {
            new Point(x1, y1);
            new Point(x2, y2);
            double minX = Math.min(x1, x2);
            double maxX = Math.max(x1, x2);
            double minY = Math.min(y1, y2);
            double maxY = Math.max(y1, y2);
            x1 = minX;
            x2 = maxX;
            y1 = minY;
            y2 = maxY;
        }

        public double width() {
            return x2 - x1;
        }

        public double height() {
            return y2 - y1;
        }

        @Override
        public String kind() {
            return "box";
        }

        @Override
        public Box clippedTo(double width, double height) {
            Point a = new Point(x1, y1).clippedTo(width, height);
            Point b = new Point(x2, y2).clippedTo(width, height);
            return new Box(a.x(), a.y(), b.x(), b.y());
        }

        public Box translated(double dx, double dy) {
            return new Box(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
        }
    }

    /** A closed polygon of at least three points, in drawing order (the last point joins the first). */
    record Polygon(List<Point> points) implements Shape {
        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a polygon needs at least 3 points, got " + points.size());
            }
        }

        @Override
        public String kind() {
            return "polygon";
        }

        @Override
        public Polygon clippedTo(double width, double height) {
            return new Polygon(points.stream().map(p -> p.clippedTo(width, height)).toList());
        }

        /** The smallest box holding every point. */
        public Box bounds() {
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
            return new Box(minX, minY, maxX, maxY);
        }
    }
}
