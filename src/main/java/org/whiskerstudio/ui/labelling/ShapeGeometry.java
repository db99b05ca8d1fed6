package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Geometry the canvas needs: handles, hit tests, moves and resizes. Pure functions, tested without a toolkit. */
final class ShapeGeometry {
    /** Points and lines have no inside: a click this many times the tolerance away still hits them. */
    private static final double THIN_SLACK = 2;

    private ShapeGeometry() {
    }

    /**
     * Box handles 0-7: corners clockwise from top-left (0, 2, 4, 6) and edge midpoints between them; polygon and
     * line: vertices; point: itself; circle: the centre (0) and a point on the circle to its right (1). An object in
     * parts has none: it moves as a whole.
     */
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
        if (shape instanceof Shape.Line l) {
            return l.points();
        }
        if (shape instanceof Shape.Dot d) {
            return List.of(d.at());
        }
        if (shape instanceof Shape.Circle c) {
            return List.of(c.centre(), new Point(c.centre().x() + c.radius(), c.centre().y()));
        }
        return List.of();
    }

    /** The shape with handle {@code handle} (as {@link #handles} numbers them) dragged to {@code to}. */
    static Shape withHandle(Shape shape, int handle, Point to) {
        if (shape instanceof Shape.Box b) {
            return resizeBox(b, handle, to);
        }
        if (shape instanceof Shape.Polygon p) {
            return new Shape.Polygon(replaced(p.points(), handle, to));
        }
        if (shape instanceof Shape.Line l) {
            return new Shape.Line(replaced(l.points(), handle, to));
        }
        if (shape instanceof Shape.Dot) {
            return new Shape.Dot(to);
        }
        if (shape instanceof Shape.Circle c) {
            return handle == 0 ? new Shape.Circle(to, c.radius())
                    : new Shape.Circle(c.centre(), Math.hypot(to.x() - c.centre().x(), to.y() - c.centre().y()));
        }
        return shape;
    }

    /** How the undo menu names a handle drag of this shape. */
    static String handleEdit(Shape shape, int handle) {
        if (shape instanceof Shape.Box) {
            return "Resize box";
        }
        if (shape instanceof Shape.Circle) {
            return handle == 0 ? "Move circle" : "Resize circle";
        }
        return shape instanceof Shape.Dot ? "Move point" : "Move vertex";
    }

    /** The first of {@code points} within {@code tolerance} of {@code p}, by index. */
    static Optional<Integer> vertexNear(List<Point> points, Point p, double tolerance) {
        for (int i = 0; i < points.size(); i++) {
            if (distance(points.get(i), p) <= tolerance) {
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
        return new Shape.Polygon(replaced(p.points(), vertex, to));
    }

    private static List<Point> replaced(List<Point> points, int index, Point to) {
        List<Point> next = new ArrayList<>(points);
        next.set(index, to);
        return next;
    }

    static Shape translate(Shape shape, double dx, double dy) {
        return shape instanceof Shape.Region r ? r.translated(dx, dy) : shape;
    }

    static boolean contains(Shape shape, Point p, double tolerance) {
        if (shape instanceof Shape.Box b) {
            return p.x() >= b.x1() - tolerance && p.x() <= b.x2() + tolerance
                    && p.y() >= b.y1() - tolerance && p.y() <= b.y2() + tolerance;
        }
        if (shape instanceof Shape.Polygon poly) {
            return insidePolygon(poly.points(), p);
        }
        if (shape instanceof Shape.Dot d) {
            return distance(d.at(), p) <= THIN_SLACK * tolerance;
        }
        if (shape instanceof Shape.Line l) {
            for (int i = 1; i < l.points().size(); i++) {
                if (segmentDistance(l.points().get(i - 1), l.points().get(i), p) <= THIN_SLACK * tolerance) {
                    return true;
                }
            }
            return false;
        }
        if (shape instanceof Shape.Circle c) {
            return distance(c.centre(), p) <= c.radius() + tolerance;
        }
        // Any part of an object in parts picks the whole object.
        return shape instanceof Shape.Parts parts && parts.parts().stream().anyMatch(part -> contains(part, p, tolerance));
    }

    /** Even-odd ray casting. */
    private static boolean insidePolygon(List<Point> pts, Point p) {
        boolean inside = false;
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

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static double segmentDistance(Point a, Point b, Point p) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2));
        return distance(new Point(a.x() + t * dx, a.y() + t * dy), p);
    }

    /** The smallest region under the point, so a small box inside a big one (or a point on it) can be picked. */
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

    /** The area a region covers; points and lines cover none. */
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
        if (shape instanceof Shape.Circle c) {
            return Math.PI * c.radius() * c.radius();
        }
        return shape instanceof Shape.Parts parts ? parts.parts().stream().mapToDouble(ShapeGeometry::area).sum() : 0;
    }
}
