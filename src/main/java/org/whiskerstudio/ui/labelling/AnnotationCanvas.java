package org.whiskerstudio.ui.labelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * The drawing surface: the image under a zoom/pan transform and, on a canvas above it, every box and polygon.
 * Drags are previewed locally and reported once, on release, so one drag is one undoable edit.
 */
final class AnnotationCanvas extends Region {
    /** What the canvas reports; the view passes these on to the view model. */
    interface Listener {
        void select(long annotationId);

        void boxDrawn(Shape.Box box);

        void polygonDrawn(List<Point> points);

        void reshaped(long annotationId, Shape shape, String description);
    }

    private static final double HANDLE = 5;
    private final ImageView imageView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final Listener listener;
    private LongFunction<Color> colours = id -> Color.ORANGE;
    private List<Annotation> annotations = List.of();
    private long selected;
    private Tool tool = Tool.SELECT;
    private double imageWidth = 1;
    private double imageHeight = 1;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private boolean panKeyDown;

    // drag state
    private Point2D pressScreen;
    private Point pressImage;
    private DragKind drag = DragKind.NONE;
    private int dragHandle = -1;
    private Shape dragOriginal;
    private Shape preview;
    private final List<Point> polygonInProgress = new ArrayList<>();
    private Point hover;

    private enum DragKind { NONE, PAN, DRAW_BOX, MOVE, RESIZE, VERTEX }

    AnnotationCanvas(Listener listener) {
        this.listener = listener;
        getStyleClass().add("annotation-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        getChildren().addAll(imageView, overlay);
        widthProperty().addListener((o, a, b) -> relayoutAfterResize(a.doubleValue(), heightProperty().get()));
        heightProperty().addListener((o, a, b) -> relayoutAfterResize(widthProperty().get(), a.doubleValue()));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hover = toImage(e.getX(), e.getY());
            if (!polygonInProgress.isEmpty()) {
                redraw();
            }
        });
    }

    // ---- content ----

    void setImage(Image image, double width, double height) {
        imageView.setImage(image);
        boolean sizeChanged = width != imageWidth || height != imageHeight;
        imageWidth = Math.max(1, width);
        imageHeight = Math.max(1, height);
        polygonInProgress.clear();
        cancelDrag();
        if (sizeChanged || scale <= 0) {
            fit();
        } else {
            applyTransform();
        }
    }

    void setAnnotations(List<Annotation> next, long selectedId, LongFunction<Color> colourOfClass) {
        annotations = List.copyOf(next);
        selected = selectedId;
        colours = colourOfClass;
        redraw();
    }

    void setTool(Tool next) {
        tool = next;
        polygonInProgress.clear();
        setCursor(next == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        redraw();
    }

    void setPanKeyDown(boolean down) {
        panKeyDown = down;
        setCursor(down ? Cursor.OPEN_HAND : tool == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
    }

    // ---- zoom and pan ----

    void fit() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        scale = Math.min(w / imageWidth, h / imageHeight) * 0.98;
        offsetX = (w - imageWidth * scale) / 2;
        offsetY = (h - imageHeight * scale) / 2;
        applyTransform();
    }

    void oneToOne() {
        zoomAbout(1 / scale, getWidth() / 2, getHeight() / 2);
    }

    void zoom(double factor) {
        zoomAbout(factor, getWidth() / 2, getHeight() / 2);
    }

    double scale() {
        return scale;
    }

    private void zoomAbout(double factor, double sx, double sy) {
        double next = Math.max(0.01, Math.min(40, scale * factor));
        double f = next / scale;
        offsetX = sx - (sx - offsetX) * f;
        offsetY = sy - (sy - offsetY) * f;
        scale = next;
        applyTransform();
    }

    private void relayoutAfterResize(double oldWidth, double oldHeight) {
        if (oldWidth <= 1 || oldHeight <= 1) {
            fit();
        } else {
            applyTransform();
        }
    }

    private void applyTransform() {
        imageView.setLayoutX(offsetX);
        imageView.setLayoutY(offsetY);
        imageView.setFitWidth(imageWidth * scale);
        imageView.setFitHeight(imageHeight * scale);
        redraw();
    }

    @Override
    protected void layoutChildren() {
        overlay.setWidth(getWidth());
        overlay.setHeight(getHeight());
        redraw();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAbout(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    // ---- coordinates ----

    Point toImage(double sx, double sy) {
        return new Point((sx - offsetX) / scale, (sy - offsetY) / scale);
    }

    Point2D toScreen(double ix, double iy) {
        return new Point2D(ix * scale + offsetX, iy * scale + offsetY);
    }

    // ---- mouse ----

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressImage = toImage(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (panKeyDown && e.getButton() == MouseButton.PRIMARY)) {
            drag = DragKind.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (tool == Tool.POLYGON) {
            addPolygonPoint(pressImage, e.getClickCount() >= 2);
            return;
        }
        if (tool == Tool.BOX) {
            drag = DragKind.DRAW_BOX;
            preview = new Shape.Box(pressImage.x(), pressImage.y(), pressImage.x(), pressImage.y());
            return;
        }
        pressInSelectMode(e.getX(), e.getY());
    }

    private void pressInSelectMode(double sx, double sy) {
        Optional<Annotation> current = selectedAnnotation();
        if (current.isPresent()) {
            int handle = handleAt(current.get().shape(), sx, sy);
            if (handle >= 0) {
                drag = current.get().shape() instanceof Shape.Box ? DragKind.RESIZE : DragKind.VERTEX;
                dragHandle = handle;
                dragOriginal = current.get().shape();
                preview = dragOriginal;
                return;
            }
        }
        Optional<Annotation> hit = hitTest(pressImage);
        long id = hit.map(Annotation::id).orElse(0L);
        if (id != selected) {
            selected = id;
            listener.select(id);
        }
        if (hit.isPresent()) {
            drag = DragKind.MOVE;
            dragOriginal = hit.get().shape();
            preview = dragOriginal;
        }
        redraw();
    }

    private void onDragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point now = toImage(e.getX(), e.getY());
        double dx = now.x() - pressImage.x();
        double dy = now.y() - pressImage.y();
        switch (drag) {
            case PAN -> {
                offsetX += e.getX() - pressScreen.getX();
                offsetY += e.getY() - pressScreen.getY();
                pressScreen = new Point2D(e.getX(), e.getY());
                applyTransform();
                return;
            }
            case DRAW_BOX -> preview = new Shape.Box(pressImage.x(), pressImage.y(), now.x(), now.y());
            case MOVE -> preview = Shapes.translate(dragOriginal, dx, dy);
            case RESIZE -> preview = Shapes.resizeBox((Shape.Box) dragOriginal, dragHandle, now);
            case VERTEX -> preview = Shapes.moveVertex((Shape.Polygon) dragOriginal, dragHandle, now);
            default -> {
                return;
            }
        }
        redraw();
    }

    private void onReleased(MouseEvent e) {
        DragKind finished = drag;
        Shape result = preview;
        boolean moved = pressScreen != null && pressScreen.distance(e.getX(), e.getY()) > 2;
        cancelDrag();
        if (result == null || !moved) {
            redraw();
            return;
        }
        switch (finished) {
            case DRAW_BOX -> listener.boxDrawn((Shape.Box) result);
            case MOVE -> listener.reshaped(selected, result, "Move " + result.kind());
            case RESIZE -> listener.reshaped(selected, result, "Resize box");
            case VERTEX -> listener.reshaped(selected, result, "Move vertex");
            default -> { }
        }
        redraw();
    }

    private void cancelDrag() {
        drag = DragKind.NONE;
        dragHandle = -1;
        dragOriginal = null;
        preview = null;
        pressScreen = null;
    }

    // ---- polygons ----

    private void addPolygonPoint(Point p, boolean doubleClick) {
        if (!polygonInProgress.isEmpty()) {
            Point2D first = toScreen(polygonInProgress.get(0).x(), polygonInProgress.get(0).y());
            Point2D here = toScreen(p.x(), p.y());
            if ((first.distance(here) <= 8 || doubleClick) && polygonInProgress.size() >= 3) {
                finishPolygon();
                return;
            }
        }
        if (!doubleClick) {
            polygonInProgress.add(p);
        } else if (polygonInProgress.size() >= 3) {
            finishPolygon();
            return;
        }
        redraw();
    }

    /** Enter: closes the polygon being drawn. */
    boolean finishPolygon() {
        if (polygonInProgress.size() < 3) {
            return false;
        }
        List<Point> points = List.copyOf(polygonInProgress);
        polygonInProgress.clear();
        listener.polygonDrawn(points);
        redraw();
        return true;
    }

    /** Backspace while drawing: removes the last point; false when no polygon is being drawn. */
    boolean removeLastPolygonPoint() {
        if (polygonInProgress.isEmpty()) {
            return false;
        }
        polygonInProgress.remove(polygonInProgress.size() - 1);
        redraw();
        return true;
    }

    /** Escape: drops the polygon being drawn; false when there was none. */
    boolean cancelPolygon() {
        boolean had = !polygonInProgress.isEmpty();
        polygonInProgress.clear();
        redraw();
        return had;
    }

    // ---- hit testing ----

    private Optional<Annotation> selectedAnnotation() {
        return annotations.stream().filter(a -> a.id() == selected).findFirst();
    }

    /** The smallest region under the point, so a small box inside a big one can be picked. */
    private Optional<Annotation> hitTest(Point p) {
        Annotation best = null;
        double bestArea = Double.MAX_VALUE;
        double tolerance = 3 / scale;
        for (Annotation a : annotations) {
            if (Shapes.contains(a.shape(), p, tolerance)) {
                double area = Shapes.area(a.shape());
                if (area < bestArea) {
                    best = a;
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Index of the handle (box corner/edge 0-7, polygon vertex) under the screen point, or -1. */
    private int handleAt(Shape shape, double sx, double sy) {
        List<Point> handles = Shapes.handles(shape);
        for (int i = 0; i < handles.size(); i++) {
            Point2D h = toScreen(handles.get(i).x(), handles.get(i).y());
            if (Math.abs(h.getX() - sx) <= HANDLE + 2 && Math.abs(h.getY() - sy) <= HANDLE + 2) {
                return i;
            }
        }
        return -1;
    }

    /** The vertex of the selected polygon nearest the last click, for deleting it. */
    Optional<Integer> vertexNear(Point p) {
        return selectedAnnotation().filter(a -> a.shape() instanceof Shape.Polygon).flatMap(a -> {
            List<Point> pts = ((Shape.Polygon) a.shape()).points();
            for (int i = 0; i < pts.size(); i++) {
                if (Math.hypot(pts.get(i).x() - p.x(), pts.get(i).y() - p.y()) * scale <= HANDLE + 3) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        });
    }

    Optional<Point> lastPress() {
        return Optional.ofNullable(pressImage);
    }

    // ---- drawing ----

    private void redraw() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        Map<Long, Color> cache = new HashMap<>();
        for (Annotation a : annotations) {
            if (a.shape() instanceof Shape.Tag) {
                continue;
            }
            Shape shape = a.id() == selected && preview != null && drag != DragKind.DRAW_BOX ? preview : a.shape();
            Color colour = cache.computeIfAbsent(a.classId(), colours::apply);
            drawShape(g, shape, colour, a.id() == selected);
        }
        if (drag == DragKind.DRAW_BOX && preview != null) {
            drawShape(g, preview, Color.WHITE, false);
        }
        drawPolygonInProgress(g);
    }

    private void drawShape(GraphicsContext g, Shape shape, Color colour, boolean isSelected) {
        g.setStroke(colour);
        g.setLineWidth(isSelected ? 2.5 : 1.5);
        g.setFill(colour.deriveColor(0, 1, 1, isSelected ? 0.25 : 0.08));
        if (shape instanceof Shape.Box b) {
            Point2D a = toScreen(b.x1(), b.y1());
            double w = b.width() * scale;
            double h = b.height() * scale;
            g.fillRect(a.getX(), a.getY(), w, h);
            g.strokeRect(a.getX(), a.getY(), w, h);
        } else if (shape instanceof Shape.Polygon p) {
            double[] xs = new double[p.points().size()];
            double[] ys = new double[p.points().size()];
            for (int i = 0; i < xs.length; i++) {
                Point2D s = toScreen(p.points().get(i).x(), p.points().get(i).y());
                xs[i] = s.getX();
                ys[i] = s.getY();
            }
            g.fillPolygon(xs, ys, xs.length);
            g.strokePolygon(xs, ys, xs.length);
        }
        if (isSelected) {
            g.setFill(Color.WHITE);
            g.setStroke(colour);
            g.setLineWidth(1.5);
            for (Point h : Shapes.handles(shape)) {
                Point2D s = toScreen(h.x(), h.y());
                g.fillRect(s.getX() - HANDLE, s.getY() - HANDLE, 2 * HANDLE, 2 * HANDLE);
                g.strokeRect(s.getX() - HANDLE, s.getY() - HANDLE, 2 * HANDLE, 2 * HANDLE);
            }
        }
    }

    private void drawPolygonInProgress(GraphicsContext g) {
        if (polygonInProgress.isEmpty()) {
            return;
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        Point2D previous = null;
        for (Point p : polygonInProgress) {
            Point2D s = toScreen(p.x(), p.y());
            if (previous != null) {
                g.strokeLine(previous.getX(), previous.getY(), s.getX(), s.getY());
            }
            g.strokeOval(s.getX() - 3, s.getY() - 3, 6, 6);
            previous = s;
        }
        if (hover != null && previous != null) {
            Point2D s = toScreen(hover.x(), hover.y());
            g.setLineDashes(4);
            g.strokeLine(previous.getX(), previous.getY(), s.getX(), s.getY());
            g.setLineDashes(null);
        }
    }

    /** For tests and status: the points of the polygon being drawn. */
    List<Point> polygonInProgress() {
        return List.copyOf(polygonInProgress);
    }
}
