package org.whiskerstudio.ui.labelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/** Draws the canvas's overlay: boxes and polygons in their class colours, handles, and shapes being drawn. */
final class OverlayPainter {
    /** Half the side of a handle square, in screen pixels. */
    static final double HANDLE = 5;
    /** How far past a handle a click still picks it. */
    static final double HANDLE_SLACK = 3;
    private final Viewport view;

    OverlayPainter(Viewport view) {
        this.view = view;
    }

    /** Every region; the selected one drawn as {@code selectedPreview} while it is being dragged. */
    void annotations(GraphicsContext g, List<Annotation> annotations, long selected, Optional<Shape> selectedPreview,
                     LongFunction<Color> colours) {
        Map<Long, Color> cache = new HashMap<>();
        for (Annotation a : annotations) {
            if (a.shape() instanceof Shape.Tag) {
                continue;
            }
            boolean isSelected = a.id() == selected;
            Shape shape = isSelected ? selectedPreview.orElse(a.shape()) : a.shape();
            drawShape(g, shape, cache.computeIfAbsent(a.classId(), colours::apply), isSelected);
        }
    }

    /** A box being dragged out, before it has a class. */
    void newBox(GraphicsContext g, Shape.Box box) {
        drawShape(g, box, Color.WHITE, false);
    }

    private void drawShape(GraphicsContext g, Shape shape, Color colour, boolean isSelected) {
        g.setStroke(colour);
        g.setLineWidth(isSelected ? 2.5 : 1.5);
        g.setFill(colour.deriveColor(0, 1, 1, isSelected ? 0.25 : 0.08));
        if (shape instanceof Shape.Box b) {
            Point2D a = view.toScreen(b.x1(), b.y1());
            double w = b.width() * view.scale();
            double h = b.height() * view.scale();
            g.fillRect(a.getX(), a.getY(), w, h);
            g.strokeRect(a.getX(), a.getY(), w, h);
        } else if (shape instanceof Shape.Polygon p) {
            double[] xs = new double[p.points().size()];
            double[] ys = new double[p.points().size()];
            for (int i = 0; i < xs.length; i++) {
                Point2D s = view.toScreen(p.points().get(i).x(), p.points().get(i).y());
                xs[i] = s.getX();
                ys[i] = s.getY();
            }
            g.fillPolygon(xs, ys, xs.length);
            g.strokePolygon(xs, ys, xs.length);
        }
        if (isSelected) {
            drawHandles(g, shape, colour);
        }
    }

    private void drawHandles(GraphicsContext g, Shape shape, Color colour) {
        g.setFill(Color.WHITE);
        g.setStroke(colour);
        g.setLineWidth(1.5);
        for (Point h : ShapeGeometry.handles(shape)) {
            Point2D s = view.toScreen(h.x(), h.y());
            g.fillRect(s.getX() - HANDLE, s.getY() - HANDLE, 2 * HANDLE, 2 * HANDLE);
            g.strokeRect(s.getX() - HANDLE, s.getY() - HANDLE, 2 * HANDLE, 2 * HANDLE);
        }
    }

    /** The clicked points of a polygon not yet closed, and a dashed line to the pointer. */
    void polygonInProgress(GraphicsContext g, List<Point> points, Optional<Point> hover) {
        if (points.isEmpty()) {
            return;
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        Point2D previous = null;
        for (Point p : points) {
            Point2D s = view.toScreen(p.x(), p.y());
            if (previous != null) {
                g.strokeLine(previous.getX(), previous.getY(), s.getX(), s.getY());
            }
            g.strokeOval(s.getX() - 3, s.getY() - 3, 6, 6);
            previous = s;
        }
        if (hover.isPresent()) {
            Point2D s = view.toScreen(hover.get().x(), hover.get().y());
            g.setLineDashes(4);
            g.strokeLine(previous.getX(), previous.getY(), s.getX(), s.getY());
            g.setLineDashes(null);
        }
    }
}
