package org.whiskerstudio.labelling.formats;

import java.util.List;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * labelme's shape types and their points, both ways: rectangle (two opposite corners), polygon, point (one point),
 * line (two points), linestrip (two or more), circle (the centre, then a point on the circle). A mask has no
 * place in a project and refuses the file rather than be dropped silently.
 */
final class LabelmeShapes {
    private LabelmeShapes() {
    }

    /** The region a shape of {@code type} at {@code shapePlace} ("shapes[3]") with these points is. */
    static Shape.Region region(JsonFields json, String type, List<Point> points, String shapePlace)
            throws FormatException {
        String place = JsonFields.field(shapePlace, "points");
        return switch (type) {
            case "rectangle" -> rectangle(json, points, place);
            case "polygon" -> new Shape.Polygon(atLeast(json, points, 3, "a polygon", place));
            case "point" -> new Shape.Dot(exactly(json, points, 1, "a point", place).get(0));
            case "line" -> new Shape.Line(exactly(json, points, 2, "a line", place));
            case "linestrip" -> new Shape.Line(atLeast(json, points, 2, "a linestrip", place));
            case "circle" -> {
                List<Point> two = exactly(json, points, 2, "a circle (centre, point on it)", place);
                yield new Shape.Circle(two.get(0), Math.hypot(two.get(1).x() - two.get(0).x(),
                        two.get(1).y() - two.get(0).y()));
            }
            default -> throw json.error(JsonFields.field(shapePlace, "shape_type"), "\"" + type + "\" shapes "
                    + "cannot be imported; rectangle, polygon, point, line, linestrip and circle can (convert or "
                    + "delete this shape in labelme)");
        };
    }

    /** The shape_type a region is written as; a line of two points is a "line", a longer one a "linestrip". */
    static String type(Shape.Region region) {
        if (region instanceof Shape.Box) {
            return "rectangle";
        }
        if (region instanceof Shape.Line line) {
            return line.points().size() == 2 ? "line" : "linestrip";
        }
        return region.kind();
    }

    static List<Point> points(Shape.Region region) {
        if (region instanceof Shape.Box box) {
            return List.of(new Point(box.x1(), box.y1()), new Point(box.x2(), box.y2()));
        }
        if (region instanceof Shape.Polygon polygon) {
            return polygon.points();
        }
        if (region instanceof Shape.Line line) {
            return line.points();
        }
        if (region instanceof Shape.Dot dot) {
            return List.of(dot.at());
        }
        if (region instanceof Shape.Circle c) {
            return List.of(c.centre(), new Point(c.centre().x() + c.radius(), c.centre().y()));
        }
        throw new IllegalArgumentException("an object in parts is written part by part, not as one labelme shape");
    }

    /** Two opposite corners in any order; four axis-aligned corners (as some labelme forks write) are accepted too. */
    private static Shape.Box rectangle(JsonFields json, List<Point> points, String place) throws FormatException {
        if (points.size() == 2) {
            return new Shape.Box(points.get(0).x(), points.get(0).y(), points.get(1).x(), points.get(1).y());
        }
        if (points.size() == 4) {
            Shape.Box bounds = new Shape.Polygon(points).bounds();
            boolean corners = points.stream().allMatch(p -> (p.x() == bounds.x1() || p.x() == bounds.x2())
                    && (p.y() == bounds.y1() || p.y() == bounds.y2()));
            if (corners) {
                return bounds;
            }
            throw json.error(place, "the 4 points of a rectangle are not the corners of an upright box");
        }
        throw json.error(place, "a rectangle needs 2 points (opposite corners), found " + points.size());
    }

    private static List<Point> atLeast(JsonFields json, List<Point> points, int least, String what, String place)
            throws FormatException {
        if (points.size() < least) {
            throw json.error(place, what + " needs at least " + least + " points, found " + points.size());
        }
        return points;
    }

    private static List<Point> exactly(JsonFields json, List<Point> points, int count, String what, String place)
            throws FormatException {
        if (points.size() != count) {
            throw json.error(place, what + " needs " + count + (count == 1 ? " point" : " points") + ", found "
                    + points.size());
        }
        return points;
    }
}
