package org.whiskerstudio.labelling;

import java.util.List;

/**
 * What an annotation says about an image: the whole image is of a class (a tag), or a region is. Coordinates are
 * image pixels as doubles (sub-pixel positions survive round trips through formats).
 */
public sealed interface Shape permits Shape.Tag, Shape.Region {

    /** The kind as stored and as named in messages: "tag", "box", "polygon", "point", "line", "circle", "parts". */
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

    /**
     * A labelled place in the image. Classification takes an image's classes from its tags, boxes, polygons and
     * objects in parts; points, lines and circles mark places and give the image no class (project.ClassKinds).
     */
    sealed interface Region extends Shape permits Box, Polygon, Dot, Line, Circle, Parts {
        /** The smallest upright box holding the region (a point's is empty: both corners at the point). */
        Box bounds();

        Region translated(double dx, double dy);

        @Override
        Region clippedTo(double width, double height);
    }

    /** An axis-aligned rectangle; the constructor orders the corners so that x1 <= x2 and y1 <= y2. */
    record Box(double x1, double y1, double x2, double y2) implements Region {
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

        @Override
        public Box bounds() {
            return this;
        }

        @Override
        public Box translated(double dx, double dy) {
            return new Box(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
        }
    }

    /** A closed polygon of at least three points, in drawing order (the last point joins the first). */
    record Polygon(List<Point> points) implements Region {
        public Polygon {
            points = Points.atLeast(points, 3, "a polygon");
        }

        @Override
        public String kind() {
            return "polygon";
        }

        @Override
        public Polygon clippedTo(double width, double height) {
            return new Polygon(Points.clipped(points, width, height));
        }

        @Override
        public Box bounds() {
            return Points.bounds(points);
        }

        @Override
        public Polygon translated(double dx, double dy) {
            return new Polygon(Points.translated(points, dx, dy));
        }
    }

    /** A single marked point (labelme's "point"), named Dot so it does not hide {@link Point} in this file. */
    record Dot(Point at) implements Region {
        @Override
        public String kind() {
            return "point";
        }

        @Override
        public Dot clippedTo(double width, double height) {
            return new Dot(at.clippedTo(width, height));
        }

        @Override
        public Box bounds() {
            return new Box(at.x(), at.y(), at.x(), at.y());
        }

        @Override
        public Dot translated(double dx, double dy) {
            return new Dot(new Point(at.x() + dx, at.y() + dy));
        }
    }

    /** An open polyline of at least two points (labelme's "line" when it has two, "linestrip" otherwise). */
    record Line(List<Point> points) implements Region {
        public Line {
            points = Points.atLeast(points, 2, "a line");
        }

        @Override
        public String kind() {
            return "line";
        }

        @Override
        public Line clippedTo(double width, double height) {
            return new Line(Points.clipped(points, width, height));
        }

        @Override
        public Box bounds() {
            return Points.bounds(points);
        }

        @Override
        public Line translated(double dx, double dy) {
            return new Line(Points.translated(points, dx, dy));
        }
    }

    /** A circle; clipping keeps its radius and moves only its centre into the image, as labelme does. */
    record Circle(Point centre, double radius) implements Region {
        public Circle {
            if (!Double.isFinite(radius) || radius < 0) {
                throw new IllegalArgumentException("a circle's radius must be a finite number >= 0, got " + radius);
            }
        }

        @Override
        public String kind() {
            return "circle";
        }

        @Override
        public Circle clippedTo(double width, double height) {
            return new Circle(centre.clippedTo(width, height), radius);
        }

        @Override
        public Box bounds() {
            return new Box(centre.x() - radius, centre.y() - radius, centre.x() + radius, centre.y() + radius);
        }

        @Override
        public Circle translated(double dx, double dy) {
            return new Circle(new Point(centre.x() + dx, centre.y() + dy), radius);
        }
    }

    /**
     * One object seen in several pieces (a COCO segmentation of several polygons, labelme shapes sharing a
     * group_id): at least two parts, none of them parts itself, so an object is counted, selected and exported once.
     */
    record Parts(List<Region> parts) implements Region {
        public Parts {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("an object in parts needs at least 2 parts, got " + parts.size());
            }
            if (parts.stream().anyMatch(p -> p instanceof Parts)) {
                throw new IllegalArgumentException("the parts of an object cannot have parts themselves");
            }
        }

        @Override
        public String kind() {
            return "parts";
        }

        @Override
        public Parts clippedTo(double width, double height) {
            return new Parts(parts.stream().map(p -> p.clippedTo(width, height)).toList());
        }

        @Override
        public Box bounds() {
            return Points.bounds(parts.stream().flatMap(p -> {
                Box b = p.bounds();
                return List.of(new Point(b.x1(), b.y1()), new Point(b.x2(), b.y2())).stream();
            }).toList());
        }

        @Override
        public Parts translated(double dx, double dy) {
            return new Parts(parts.stream().map(p -> p.translated(dx, dy)).toList());
        }
    }
}
