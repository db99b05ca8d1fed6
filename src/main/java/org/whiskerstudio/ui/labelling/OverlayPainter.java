package org.whiskerstudio.ui.labelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * Draws the canvas's overlay: regions in their class colours, each with its class name on one tab at its top-left
 * (one tab for all the parts of an object), the selected one haloed and with handles, and shapes being drawn.
 */
final class OverlayPainter {
    /** Half the side of a handle square, in screen pixels. */
    static final double HANDLE = 5;
    /** How far past a handle a click still picks it. */
    static final double HANDLE_SLACK = 3;
    private static final double TAB_PAD = 4;
    /** A point's mark, in screen pixels. */
    private static final double POINT_RADIUS = 4;
    private static final Font NAME = Font.font(Font.getDefault().getFamily(), 12);
    private static final Font SELECTED_NAME = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private final Viewport view;
    /** Measures a name's width for its tab. */
    private final Text measure = new Text();

    OverlayPainter(Viewport view) {
        this.view = view;
    }

    /** Every region; the selected one drawn as {@code selectedPreview} while it is being dragged. */
    void annotations(GraphicsContext g, List<Annotation> annotations, long selected, Optional<Shape> selectedPreview,
                     LongFunction<ClassLook> looks) {
        Map<Long, ClassLook> cache = new HashMap<>();
        Optional<Annotation> drawnLast = Optional.empty();
        for (Annotation a : annotations) {
            if (a.shape() instanceof Shape.Tag) {
                continue;
            }
            if (a.id() == selected) {
                drawnLast = Optional.of(a);
                continue;
            }
            drawRegion(g, a.shape(), cache.computeIfAbsent(a.classId(), looks::apply), false);
        }
        // The selected region on top of the others, so its halo, tab and handles are never covered.
        drawnLast.ifPresent(a -> drawRegion(g, selectedPreview.orElse(a.shape()),
                cache.computeIfAbsent(a.classId(), looks::apply), true));
    }

    private void drawRegion(GraphicsContext g, Shape shape, ClassLook look, boolean isSelected) {
        if (isSelected) {
            halo(g, shape);
        }
        drawShape(g, shape, look.colour(), isSelected);
        nameTab(g, shape, look, isSelected);
    }

    /** A light band under the selected region's outline, so it stands out on dark and busy photos alike. */
    private void halo(GraphicsContext g, Shape shape) {
        g.setStroke(Color.WHITE.deriveColor(0, 1, 1, 0.85));
        g.setLineWidth(6);
        outline(g, shape, false);
    }

    /**
     * The class name on a tab in the class colour (text black or white, whichever reads on it), just above the
     * region's top-left corner, or inside it at the canvas's top edge; kept within the canvas.
     */
    private void nameTab(GraphicsContext g, Shape shape, ClassLook look, boolean isSelected) {
        Shape.Box bounds = ((Shape.Region) shape).bounds();
        Font font = isSelected ? SELECTED_NAME : NAME;
        measure.setFont(font);
        measure.setText(look.name());
        double w = measure.getLayoutBounds().getWidth() + 2 * TAB_PAD;
        double h = measure.getLayoutBounds().getHeight() + 2;
        Point2D corner = view.toScreen(bounds.x1(), bounds.y1());
        double maxX = g.getCanvas().getWidth() - w;
        double maxY = g.getCanvas().getHeight() - h;
        double x = Math.max(0, Math.min(corner.getX(), maxX));
        double y = corner.getY() - h >= 0 ? corner.getY() - h : corner.getY();
        y = Math.max(0, Math.min(y, maxY));
        g.setFill(look.colour());
        g.fillRect(x, y, w, h);
        g.setFill(look.textColour());
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.fillText(look.name(), x + TAB_PAD, y + 1);
    }

    /** A box or circle being dragged out, in the look of the class it will get. */
    void newRegion(GraphicsContext g, Shape.Region region, ClassLook look) {
        drawRegion(g, region, look, false);
    }

    private void drawShape(GraphicsContext g, Shape shape, Color colour, boolean isSelected) {
        g.setStroke(colour);
        g.setLineWidth(isSelected ? 2.5 : 1.5);
        g.setFill(colour.deriveColor(0, 1, 1, isSelected ? 0.25 : 0.08));
        outline(g, shape, true);
        if (isSelected) {
            drawHandles(g, shape, colour);
        }
    }

    /** Strokes the shape with the current stroke, filling it first if asked (points always, lines never). */
    private void outline(GraphicsContext g, Shape shape, boolean fill) {
        if (shape instanceof Shape.Box b) {
            Point2D a = view.toScreen(b.x1(), b.y1());
            double w = b.width() * view.scale();
            double h = b.height() * view.scale();
            if (fill) {
                g.fillRect(a.getX(), a.getY(), w, h);
            }
            g.strokeRect(a.getX(), a.getY(), w, h);
        } else if (shape instanceof Shape.Polygon p) {
            double[][] xy = screen(p.points());
            if (fill) {
                g.fillPolygon(xy[0], xy[1], xy[0].length);
            }
            g.strokePolygon(xy[0], xy[1], xy[0].length);
        } else if (shape instanceof Shape.Line l) {
            double[][] xy = screen(l.points());
            g.strokePolyline(xy[0], xy[1], xy[0].length);
        } else if (shape instanceof Shape.Circle c) {
            Point2D at = view.toScreen(c.centre().x() - c.radius(), c.centre().y() - c.radius());
            double d = 2 * c.radius() * view.scale();
            if (fill) {
                g.fillOval(at.getX(), at.getY(), d, d);
            }
            g.strokeOval(at.getX(), at.getY(), d, d);
        } else if (shape instanceof Shape.Dot dot) {
            // A fixed size on screen, so a point stays visible at any zoom; filled so it reads as a mark.
            Point2D at = view.toScreen(dot.at().x(), dot.at().y());
            if (fill) {
                Paint was = g.getFill();
                g.setFill(g.getStroke());
                g.fillOval(at.getX() - POINT_RADIUS, at.getY() - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
                g.setFill(was);
            }
            g.strokeOval(at.getX() - POINT_RADIUS, at.getY() - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
        } else if (shape instanceof Shape.Parts parts) {
            parts.parts().forEach(part -> outline(g, part, fill));
        }
    }

    /** The points on screen: xs in [0], ys in [1]. */
    private double[][] screen(List<Point> points) {
        double[][] xy = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point2D s = view.toScreen(points.get(i).x(), points.get(i).y());
            xy[0][i] = s.getX();
            xy[1][i] = s.getY();
        }
        return xy;
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
