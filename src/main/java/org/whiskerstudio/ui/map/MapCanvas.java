package org.whiskerstudio.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.whiskerstudio.map.Lasso;
import org.whiskerstudio.map.SpatialGrid;

/**
 * The points on one canvas (never a node per point, so 20,000 stay fluid): drawn in batches per colour, redrawn at
 * most once a frame. The wheel zooms around the pointer; a right, middle or Shift drag pans; a left drag draws a
 * lasso; a click opens the point under the pointer; hovering names it. Hit tests go through a {@link SpatialGrid}.
 */
final class MapCanvas {
    private static final double POINT = 3.5;
    private static final double LARGEST_POINT = 8;
    /** Up to this many points, a point is larger than {@link #POINT} (a small map's points are easy to miss). */
    private static final double CROWDED = 2_000;
    private static final double HIT_PIXELS = 6;
    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private final MapPalette palette;
    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private int[][] byColour = new int[1][0];
    private Color[] colours = new Color[0];
    private int emphasised = -1;
    private double point = POINT;
    private boolean[] selected = new boolean[0];
    private SpatialGrid grid = new SpatialGrid(xs, ys);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private boolean dirty = true;
    private final List<double[]> lasso = new ArrayList<>();
    private double dragX;
    private double dragY;
    private boolean dragged;
    private IntConsumer onOpen = i -> { };
    private Consumer<int[]> onSelect = s -> { };
    private HoverTarget onHover = (index, x, y) -> { };

    /** Told the point under the pointer (-1: none) and where the pointer is in the pane. */
    @FunctionalInterface
    interface HoverTarget {
        void hover(int index, double x, double y);
    }

    MapCanvas(MapPalette palette) {
        this.palette = palette;
        pane.getChildren().add(canvas);
        pane.setId("map-canvas");
        pane.setMinSize(0, 0);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> fitIfFirst(a.doubleValue()));
        canvas.heightProperty().addListener((o, a, b) -> dirty = true);
        pane.addEventHandler(ScrollEvent.SCROLL, this::zoom);
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        pane.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        pane.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        pane.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.hover(-1, 0, 0));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    dirty = false;
                    draw();
                }
            }
        }.start();
    }

    Pane node() {
        return pane;
    }

    void setOnOpen(IntConsumer target) {
        onOpen = target;
    }

    void setOnSelect(Consumer<int[]> target) {
        onSelect = target;
    }

    void setOnHover(HoverTarget target) {
        onHover = target;
    }

    /** New points: the view is fitted to them. */
    void setPoints(float[] newXs, float[] newYs) {
        xs = newXs;
        ys = newYs;
        grid = new SpatialGrid(xs, ys);
        point = pointSize(xs.length);
        selected = new boolean[xs.length];
        colours = new Color[0];
        byColour = group(new int[xs.length], 0);
        fit();
    }

    /** A point's side in pixels: {@link #POINT} on a crowded map, larger on a small one. */
    static double pointSize(int points) {
        return points == 0 ? POINT : Math.max(POINT, Math.min(LARGEST_POINT, POINT * Math.sqrt(CROWDED / points)));
    }

    /**
     * Each point's category, an index into {@code categoryColours} (-1: none, grey); category {@code emphasis}'s points
     * (-1: none) are drawn larger, outlined and last, so they stand out.
     */
    void setCategories(int[] categories, Color[] categoryColours, int emphasis) {
        colours = categoryColours.clone();
        emphasised = emphasis;
        byColour = group(categories.length == xs.length ? categories : filledNone(xs.length), colours.length);
        dirty = true;
    }

    void setSelection(int[] indices) {
        selected = new boolean[xs.length];
        for (int i : indices) {
            if (i < selected.length) {
                selected[i] = true;
            }
        }
        dirty = true;
    }

    /** Scales and centres the points into the canvas with a margin. */
    void fit() {
        double w = Math.max(1, canvas.getWidth());
        double h = Math.max(1, canvas.getHeight());
        if (xs.length == 0) {
            dirty = true;
            return;
        }
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double margin = 16;
        scale = Math.min((w - 2 * margin) / Math.max(1e-6, maxX - minX), (h - 2 * margin) / Math.max(1e-6, maxY - minY));
        scale = Math.max(1e-6, scale);
        offsetX = (w - (maxX - minX) * scale) / 2 - minX * scale;
        offsetY = (h - (maxY - minY) * scale) / 2 - minY * scale;
        dirty = true;
    }

    private void fitIfFirst(double previousWidth) {
        if (previousWidth < 1) {
            fit();
        }
        dirty = true;
    }

    /** A point's place on the canvas. */
    double screenX(int i) {
        return xs[i] * scale + offsetX;
    }

    double screenY(int i) {
        return ys[i] * scale + offsetY;
    }

    private double mapX(double sx) {
        return (sx - offsetX) / scale;
    }

    private double mapY(double sy) {
        return (sy - offsetY) / scale;
    }

    /** The point within a few pixels of a canvas position, or -1. */
    int pointAt(double sx, double sy) {
        return xs.length == 0 ? -1 : grid.nearest(mapX(sx), mapY(sy), HIT_PIXELS / scale);
    }

    /** The points inside a lasso given in canvas coordinates. */
    int[] insideScreenLasso(List<double[]> screen) {
        double[] lx = new double[screen.size()];
        double[] ly = new double[screen.size()];
        for (int i = 0; i < screen.size(); i++) {
            lx[i] = mapX(screen.get(i)[0]);
            ly[i] = mapY(screen.get(i)[1]);
        }
        return grid.inside(new Lasso(lx, ly));
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0015, e.getDeltaY());
        offsetX = e.getX() - (e.getX() - offsetX) * factor;
        offsetY = e.getY() - (e.getY() - offsetY) * factor;
        scale *= factor;
        dirty = true;
        e.consume();
    }

    private boolean pans(MouseEvent e) {
        return e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
    }

    private void pressed(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
        lasso.clear();
        if (!pans(e)) {
            lasso.add(new double[] {e.getX(), e.getY()});
        }
    }

    private void drag(MouseEvent e) {
        dragged |= Math.hypot(e.getX() - dragX, e.getY() - dragY) > 3;
        if (pans(e)) {
            offsetX += e.getX() - dragX;
            offsetY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
        } else {
            lasso.add(new double[] {e.getX(), e.getY()});
        }
        dirty = true;
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            int hit = pointAt(e.getX(), e.getY());
            if (hit >= 0) {
                onOpen.accept(hit);
            }
        } else if (!pans(e) && lasso.size() >= 3) {
            onSelect.accept(insideScreenLasso(lasso));
        }
        lasso.clear();
        dirty = true;
    }

    private void moved(MouseEvent e) {
        onHover.hover(pointAt(e.getX(), e.getY()), e.getX(), e.getY());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        // One fill colour per pass (slot 0: no category): setting the fill per point costs more than drawing it.
        int last = emphasised < 0 ? -1 : 1 + emphasised;
        for (int slot = 0; slot < byColour.length; slot++) {
            if (slot != last) {
                g.setFill(slot == 0 ? palette.none() : colours[slot - 1]);
                for (int i : byColour[slot]) {
                    g.fillRect(screenX(i) - point / 2, screenY(i) - point / 2, point, point);
                }
            }
        }
        if (last > 0 && last < byColour.length) {
            drawEmphasised(g, byColour[last], colours[last - 1]);
        }
        g.setStroke(palette.selection());
        g.setLineWidth(1.5);
        for (int i = 0; i < xs.length; i++) {
            if (selected[i]) {
                g.strokeRect(screenX(i) - point, screenY(i) - point, 2 * point, 2 * point);
            }
        }
        drawLasso(g);
    }

    /**
     * Over the others: larger discs with a dark rim when they are few; when they are many (a one-class model calls
     * most of a project anomalous) their colour is enough, and large discs would bury the rest.
     */
    private void drawEmphasised(GraphicsContext g, int[] points, Color colour) {
        boolean few = points.length <= xs.length / 10;
        double size = point * (few ? 1.8 : 1.2);
        g.setFill(colour);
        g.setStroke(Color.gray(0.1, 0.85));
        g.setLineWidth(1);
        for (int i : points) {
            g.fillOval(screenX(i) - size / 2, screenY(i) - size / 2, size, size);
            if (few) {
                g.strokeOval(screenX(i) - size / 2, screenY(i) - size / 2, size, size);
            }
        }
    }

    /** Points grouped by their colour slot, so each colour is set once a frame. */
    private static int[][] group(int[] category, int colours) {
        int[] counts = new int[colours + 1];
        for (int c : category) {
            counts[slot(c, colours)]++;
        }
        int[][] out = new int[colours + 1][];
        for (int s = 0; s <= colours; s++) {
            out[s] = new int[counts[s]];
        }
        int[] next = new int[colours + 1];
        for (int i = 0; i < category.length; i++) {
            int s = slot(category[i], colours);
            out[s][next[s]++] = i;
        }
        return out;
    }

    private static int slot(int category, int colours) {
        return category < 0 || category >= colours ? 0 : 1 + category;
    }

    private static int[] filledNone(int n) {
        int[] none = new int[n];
        java.util.Arrays.fill(none, -1);
        return none;
    }

    private void drawLasso(GraphicsContext g) {
        if (lasso.size() < 2) {
            return;
        }
        g.setStroke(palette.selection());
        g.setLineWidth(1.5);
        g.setLineDashes(5, 4);
        g.beginPath();
        g.moveTo(lasso.get(0)[0], lasso.get(0)[1]);
        for (double[] p : lasso) {
            g.lineTo(p[0], p[1]);
        }
        g.closePath();
        g.stroke();
        g.setLineDashes();
        g.setFill(Color.gray(0.5, 0.08));
        g.fill();
    }
}
