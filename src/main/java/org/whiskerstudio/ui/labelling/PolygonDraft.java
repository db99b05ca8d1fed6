package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Point;

/** The polygon tool's points so far, before the polygon is closed and becomes one edit. */
final class PolygonDraft {
    /** A click this close to the first point (screen pixels) closes the polygon. */
    private static final double CLOSE_DISTANCE = 8;
    private final List<Point> points = new ArrayList<>();
    private final Viewport view;

    PolygonDraft(Viewport view) {
        this.view = view;
    }

    /** A click at an image point: true when it closes the polygon (near the first point, or a double click). */
    boolean click(Point p, boolean doubleClick) {
        if (points.size() >= 3 && (doubleClick || view.toScreen(points.get(0).x(), points.get(0).y())
                .distance(view.toScreen(p.x(), p.y())) <= CLOSE_DISTANCE)) {
            return true;
        }
        if (!doubleClick) {
            points.add(p);
        }
        return false;
    }

    /** The finished polygon's points, once it has three; the draft starts over. */
    Optional<List<Point>> close() {
        if (points.size() < 3) {
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
