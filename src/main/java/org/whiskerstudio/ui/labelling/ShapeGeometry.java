package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Geometry the canvas needs: handles, hit tests, moves and resizes. Pure functions, tested without a toolkit. */
final class ShapeGeometry {
    private ShapeGeometry() {
    }

    /** Box handles 0-7: corners clockwise from top-left (0, 2, 4, 6) and edge midpoints between them; polygon: vertices. */
    static List<Point> handles(Shape shape) {
        if (shape instanceof Shape.Box b) {
            double mx = (b.x1() + b.x2()) / 2;
            double my = (b.y1() + b.y2()) / 2;
            return List.of(new Point(b.x1(), b.y1()), new Point(mx, b.y1()), new Point(b.x2(), b.y1()),
                    new Point(b.x2(), my), new Point(b.x2(), b.y2()), new Point(mx, b.y2()), new Point(b.x1(), b.y2()),
                    new Point(b.x1(), my));
        }
        if (shape instanceof Shape.Polygon p) {
            return p.points();
        }
        return List.of();
    }

    /** The first of {@code points} within {@code tolerance} of {@code p}, by index. */
    static Optional<Integer> vertexNear(List<Point> points, Point p, double tolerance) {
        for (int i = 0; i < points.size(); i++) {
            if (Math.hypot(points.get(i).x() - p.x(), points.get(i).y() - p.y()) <= tolerance) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static Shape.Box resizeBox(Shape.Box b, int handle, Point to) {
        double x1 = b.x1();
        double y1 = b.y1();
        double x2 = b.x2();
        double y2 = b.y2();
        switch (handle) {
            case 0 -> { x1 = to.x(); y1 = to.y(); }
            case 1 -> y1 = to.y();
            case 2 -> { x2 = to.x(); y1 = to.y(); }
            case 3 -> x2 = to.x();
            case 4 -> { x2 = to.x(); y2 = to.y(); }
            case 5 -> y2 = to.y();
            case 6 -> { x1 = to.x(); y2 = to.y(); }
            case 7 -> x1 = to.x();
            default -> throw new IllegalArgumentException("no box handle " + handle);
        }
        return new Shape.Box(x1, y1, x2, y2);
    }

    static Shape.Polygon moveVertex(Shape.Polygon p, int vertex, Point to) {
        List<Point> points = new ArrayList<>(p.points());
        points.set(vertex, to);
        return new Shape.Polygon(points);
    }

    static Shape translate(Shape shape, double dx, double dy) {
        if (shape instanceof Shape.Box b) {
            return b.translated(dx, dy);
        }
        if (shape instanceof Shape.Polygon p) {
            return new Shape.Polygon(p.points().stream().map(pt -> new Point(pt.x() + dx, pt.y() + dy)).toList());
        }
        return shape;
    }

    static boolean contains(Shape shape, Point p, double tolerance) {
        if (shape instanceof Shape.Box b) {
            return p.x() >= b.x1() - tolerance && p.x() <= b.x2() + tolerance
                    && p.y() >= b.y1() - tolerance && p.y() <= b.y2() + tolerance;
        }
        if (shape instanceof Shape.Polygon poly) {
            // Even-odd ray casting.
            boolean inside = false;
            List<Point> pts = poly.points();
            for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
                Point a = pts.get(i);
                Point c = pts.get(j);
                if ((a.y() > p.y()) != (c.y() > p.y())
                        && p.x() < (c.x() - a.x()) * (p.y() - a.y()) / (c.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
            return inside;
        }
        return false;
    }

    /** The smallest region under the point, so a small box inside a big one can be picked. */
    static Optional<Annotation> smallestAt(List<Annotation> annotations, Point p, double tolerance) {
        Annotation best = null;
        double bestArea = Double.MAX_VALUE;
        for (Annotation a : annotations) {
            if (contains(a.shape(), p, tolerance)) {
                double area = area(a.shape());
                if (area < bestArea) {
                    best = a;
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static double area(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return b.width() * b.height();
        }
        if (shape instanceof Shape.Polygon p) {
            double sum = 0;
            List<Point> pts = p.points();
            for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
                sum += (pts.get(j).x() + pts.get(i).x()) * (pts.get(j).y() - pts.get(i).y());
            }
            return Math.abs(sum / 2);
        }
        return 0;
    }
}
