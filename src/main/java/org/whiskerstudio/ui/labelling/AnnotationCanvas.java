package org.whiskerstudio.ui.labelling;

import java.util.List;
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
import javafx.scene.shape.Rectangle;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;

/**
 * The drawing surface: the image under a zoom/pan transform and, on a canvas above it, every region. Drags are
 * previewed locally and reported once, on release, so one drag is one undoable edit.
 */
final class AnnotationCanvas extends Region {
    /** What the canvas reports; the view passes these on to the view model. */
    interface Listener {
        void select(long annotationId);

        /** A box or circle dragged out, or a point clicked. */
        void regionDrawn(Shape.Region region);

        void polygonDrawn(List<Point> points);

        void lineDrawn(List<Point> points);

        void reshaped(long annotationId, Shape shape, String description);

        /** A detector's box offered was clicked: accepted, or (right click) dismissed. */
        void proposalClicked(Detection detection, boolean accept);
    }

    private static final double HANDLE = OverlayPainter.HANDLE;
    private final ImageView imageView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final Listener listener;
    private LongFunction<ClassLook> looks = id -> ClassLook.UNKNOWN;
    private ClassLook newShapeLook = ClassLook.UNKNOWN;
    private List<Annotation> annotations = List.of();
    private long selected;
    private Tool tool = Tool.SELECT;
    private double imageWidth = 1;
    private double imageHeight = 1;
    private final Viewport view = new Viewport();
    private final OverlayPainter painter = new OverlayPainter(view);
    private final ProposalLayer proposals = new ProposalLayer(view);
    private boolean panKeyDown;
    /** Whether the view is fitted to the window (until a zoom or pan): a resize then fits it again. */
    private boolean fitted = true;

    // drag state
    private Point2D pressScreen;
    private Point pressImage;
    private boolean panning;
    /** The shape being dragged (drawn, moved or reshaped), or null. */
    private ShapeDrag shapeDrag;
    private PointsDraft draft = new PointsDraft(view);
    private Point hover;

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
        widthProperty().addListener((o, a, b) -> relayoutAfterResize(a.doubleValue(), getHeight()));
        heightProperty().addListener((o, a, b) -> relayoutAfterResize(getWidth(), a.doubleValue()));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hover = toImage(e.getX(), e.getY());
            if (!draft.isEmpty()) {
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
        draft.clear();
        cancelDrag();
        if (sizeChanged) {
            fit();
        } else {
            applyTransform();
        }
    }

    void setAnnotations(List<Annotation> next, long selectedId, LongFunction<ClassLook> lookOfClass) {
        annotations = List.copyOf(next);
        selected = selectedId;
        looks = lookOfClass;
        redraw();
    }

    /** A detector's boxes offered on the image, best first. */
    void setProposals(List<ProposalLayer.Proposal> next) {
        proposals.set(next);
        redraw();
    }

    List<ProposalLayer.Proposal> proposals() {
        return proposals.proposals();
    }

    /** The class a box being drawn will get: it is drawn in that class's colour and name from the start. */
    void setNewShapeLook(ClassLook look) {
        newShapeLook = look;
    }

    void setTool(Tool next) {
        tool = next;
        draft = next == Tool.LINE ? new PointsDraft(view, 2, false) : new PointsDraft(view);
        setCursor(next == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        redraw();
    }

    void setPanKeyDown(boolean down) {
        panKeyDown = down;
        setCursor(down ? Cursor.OPEN_HAND : tool == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
    }

    // ---- zoom and pan ----

    void fit() {
        view.fit(getWidth(), getHeight(), imageWidth, imageHeight);
        fitted = true;
        applyTransform();
    }

    /** Whether a resize of the window fits the image again (true until the user zooms or pans). */
    boolean isFitted() {
        return fitted;
    }

    void oneToOne() {
        zoomAbout(1 / view.scale(), getWidth() / 2, getHeight() / 2);
    }

    void zoom(double factor) {
        zoomAbout(factor, getWidth() / 2, getHeight() / 2);
    }

    double scale() {
        return view.scale();
    }

    private void zoomAbout(double factor, double sx, double sy) {
        view.zoomAbout(factor, sx, sy);
        fitted = false;
        applyTransform();
    }

    /** A fitted image is fitted again; a zoomed one keeps its zoom and the point at the centre stays there. */
    private void relayoutAfterResize(double oldWidth, double oldHeight) {
        if (fitted || oldWidth <= 1 || oldHeight <= 1) {
            fit();
        } else {
            view.pan((getWidth() - oldWidth) / 2, (getHeight() - oldHeight) / 2);
            applyTransform();
        }
    }

    private void applyTransform() {
        imageView.setLayoutX(view.offsetX());
        imageView.setLayoutY(view.offsetY());
        imageView.setFitWidth(imageWidth * view.scale());
        imageView.setFitHeight(imageHeight * view.scale());
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
        return view.toImage(sx, sy);
    }

    Point2D toScreen(double ix, double iy) {
        return view.toScreen(ix, iy);
    }

    // ---- mouse ----

    private void onPressed(MouseEvent e) {
        requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressImage = toImage(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (panKeyDown && e.getButton() == MouseButton.PRIMARY)) {
            panning = true;
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY && tool == Tool.SELECT) {
            proposals.at(pressImage).ifPresent(d -> listener.proposalClicked(d, false));
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        switch (tool) {
            case POLYGON, LINE -> {
                if (draft.click(pressImage, e.getClickCount() >= 2)) {
                    finishPolygon();
                }
                redraw();
            }
            case POINT -> listener.regionDrawn(new Shape.Dot(pressImage));
            case BOX, CIRCLE -> shapeDrag = ShapeDrag.drawing(tool, pressImage);
            case SELECT -> pressInSelectMode(e.getX(), e.getY());
        }
    }

    private void pressInSelectMode(double sx, double sy) {
        Optional<Annotation> current = selectedAnnotation();
        if (current.isPresent()) {
            int handle = handleAt(current.get().shape(), sx, sy);
            if (handle >= 0) {
                shapeDrag = ShapeDrag.handle(current.get().shape(), handle, pressImage);
                return;
            }
        }
        Optional<Annotation> hit = hitTest(pressImage);
        Optional<Detection> offered = proposals.at(pressImage);
        if (offered.isPresent() && hit.isEmpty()) {
            listener.proposalClicked(offered.get(), true); // a drawn region under the pointer keeps the click
            return;
        }
        long id = hit.map(Annotation::id).orElse(0L);
        if (id != selected) {
            selected = id;
            listener.select(id);
        }
        if (hit.isPresent()) {
            shapeDrag = ShapeDrag.moving(hit.get().shape(), pressImage);
        }
        redraw();
    }

    private void onDragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        if (panning) {
            view.pan(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY());
            fitted = false;
            pressScreen = new Point2D(e.getX(), e.getY());
            applyTransform();
        } else if (shapeDrag != null) {
            shapeDrag.to(toImage(e.getX(), e.getY()));
            redraw();
        }
    }

    private void onReleased(MouseEvent e) {
        ShapeDrag done = shapeDrag;
        boolean moved = pressScreen != null && pressScreen.distance(e.getX(), e.getY()) > 2;
        cancelDrag();
        if (done != null && moved && done.draws()) {
            listener.regionDrawn((Shape.Region) done.preview());
        } else if (done != null && moved) {
            listener.reshaped(selected, done.preview(), done.description());
        }
        redraw();
    }

    private void cancelDrag() {
        panning = false;
        shapeDrag = null;
        pressScreen = null;
    }

    // ---- polygons and lines ----

    /** Enter: finishes the polygon or line being drawn. */
    boolean finishPolygon() {
        Optional<List<Point>> points = draft.close();
        points.ifPresent(tool == Tool.LINE ? listener::lineDrawn : listener::polygonDrawn);
        redraw();
        return points.isPresent();
    }

    /** Backspace while drawing: removes the last point; false when no polygon or line is being drawn. */
    boolean removeLastPolygonPoint() {
        boolean removed = draft.removeLast();
        redraw();
        return removed;
    }

    /** Escape: drops the polygon or line being drawn; false when there was none. */
    boolean cancelPolygon() {
        boolean had = draft.clear();
        redraw();
        return had;
    }

    // ---- hit testing ----

    private Optional<Annotation> selectedAnnotation() {
        return annotations.stream().filter(a -> a.id() == selected).findFirst();
    }

    private Optional<Annotation> hitTest(Point p) {
        return ShapeGeometry.smallestAt(annotations, p, 3 / view.scale());
    }

    /** Index of the handle ({@link ShapeGeometry#handles}) under the screen point, or -1. */
    private int handleAt(Shape shape, double sx, double sy) {
        List<Point> handles = ShapeGeometry.handles(shape);
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
        return selectedAnnotation().filter(a -> a.shape() instanceof Shape.Polygon).flatMap(a -> ShapeGeometry
                .vertexNear(((Shape.Polygon) a.shape()).points(), p, (HANDLE + OverlayPainter.HANDLE_SLACK) / view.scale()));
    }

    Optional<Point> lastPress() {
        return Optional.ofNullable(pressImage);
    }

    // ---- drawing ----

    private void redraw() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        boolean drawing = shapeDrag != null && shapeDrag.draws();
        Optional<Shape> selectedPreview = shapeDrag == null || drawing ? Optional.empty() : Optional.of(shapeDrag.preview());
        painter.annotations(g, annotations, selected, selectedPreview, looks);
        if (drawing) {
            painter.newRegion(g, (Shape.Region) shapeDrag.preview(), newShapeLook);
        }
        proposals.paint(g);
        painter.polygonInProgress(g, draft.points(), Optional.ofNullable(hover));
    }

    /** For tests and status: the points of the polygon or line being drawn. */
    List<Point> polygonInProgress() {
        return draft.points();
    }
}
