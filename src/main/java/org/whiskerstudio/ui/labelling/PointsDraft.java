package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Point;

/** The polygon or line tool's points so far, before the shape is finished and becomes one edit. */
final class PointsDraft {
    /** A click this close to the first point (screen pixels) closes a polygon. */
    private static final double CLOSE_DISTANCE = 8;
    private final List<Point> points = new ArrayList<>();
    private final Viewport view;
    private final int least;
    private final boolean closesAtFirst;

    /** A polygon's draft: at least three points, closed by a click near the first. */
    PointsDraft(Viewport view) {
        this(view, 3, true);
    }

    /**
     * @param least         the points the finished shape needs (3 for a polygon, 2 for a line)
     * @param closesAtFirst whether a click near the first point finishes it (a polygon's, not a line's)
     */
    PointsDraft(Viewport view, int least, boolean closesAtFirst) {
        this.view = view;
        this.least = least;
        this.closesAtFirst = closesAtFirst;
    }

    /** A click at an image point: true when it finishes the shape (near the first point, or a double click). */
    boolean click(Point p, boolean doubleClick) {
        if (points.size() >= least && (doubleClick || closesAtFirst && view.toScreen(points.get(0).x(),
                points.get(0).y()).distance(view.toScreen(p.x(), p.y())) <= CLOSE_DISTANCE)) {
            return true;
        }
        if (!doubleClick) {
            points.add(p);
        }
        return false;
    }

    /** The finished shape's points, once it has enough; the draft starts over. */
    Optional<List<Point>> close() {
        if (points.size() < least) {
            return Optional.empty();
        }
        List<Point> done = List.copyOf(points);
        points.clear();
        return Optional.of(done);
    }

    /** Removes the last point; false when there was none. */
    boolean removeLast() {
        if (points.isEmpty()) {
            return false;
        }
        points.remove(points.size() - 1);
        return true;
    }

    /** Drops the draft; false when there was none. */
    boolean clear() {
        boolean had = !points.isEmpty();
        points.clear();
        return had;
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    List<Point> points() {
        return List.copyOf(points);
    }
}
