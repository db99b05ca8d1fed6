package org.whiskerstudio.ui.evaluation;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.ui.common.CanvasColours;
import org.whiskerstudio.ui.common.Theme;

/**
 * The confusion matrix as a heat map on a canvas in a scroll pane: rows true, columns predicted (their names turned
 * upright), counts or row rates in cells big enough to hold them, a tooltip per cell, Ctrl+wheel or the zoom
 * property to resize. Labels never collide: their font is at most {@link #LABEL_SHARE} of the cell pitch.
 */
final class MatrixView {
    /** Label font size as a share of the cell size: the line height stays under one cell. */
    static final double LABEL_SHARE = 0.72;
    static final double MIN_CELL = 12;
    static final double MAX_CELL = 80;
    private static final double MAX_LABEL = 150;
    private static final double GAP = 6;
    private final Canvas canvas = new Canvas();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final DoubleProperty cellSize = new SimpleDoubleProperty(40);
    private final BooleanProperty rates = new SimpleBooleanProperty();
    private final Tooltip tooltip = new Tooltip();
    /** Repaints in the new theme's colours; held here because the theme holds it weakly. */
    private final InvalidationListener themed = Theme.onChange(this::draw);
    private Optional<MatrixGrid> matrix = Optional.empty();
    private Optional<EvaluationResults.Cell> selected = Optional.empty();
    private BiConsumer<Integer, Integer> onCell = (t, p) -> { };
    private double labelSpace;

    MatrixView(String id) {
        scroll.setId(id);
        canvas.setId(id + "-canvas");
        scroll.getStyleClass().add("matrix-scroll");
        scroll.setPannable(false);
        cellSize.addListener((o, a, b) -> draw());
        rates.addListener((o, a, b) -> draw());
        tooltip.setShowDelay(Duration.millis(80));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseClicked(e -> cellAt(e.getX(), e.getY()).ifPresent(c -> onCell.accept(c.trueIndex(),
                c.predictedIndex())));
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
    }

    Node node() {
        return scroll;
    }

    ScrollPane scrollPane() {
        return scroll;
    }

    Canvas canvas() {
        return canvas;
    }

    DoubleProperty cellSizeProperty() {
        return cellSize;
    }

    BooleanProperty ratesProperty() {
        return rates;
    }

    void setOnCell(BiConsumer<Integer, Integer> action) {
        onCell = action;
    }

    void zoomBy(double factor) {
        cellSize.set(clamp(cellSize.get() * factor));
    }

    /** A cell size that fits {@code n} classes in about {@code space} pixels, within the readable range. */
    static double fitting(int n, double space) {
        return clamp(Math.floor((space - MAX_LABEL) / Math.max(1, n)));
    }

    private static double clamp(double size) {
        return Math.max(MIN_CELL, Math.min(MAX_CELL, size));
    }

    void show(Optional<ConfusionMatrix> next, Optional<EvaluationResults.Cell> cell) {
        showGrid(next.map(MatrixGrid::of), cell);
    }

    /** Any square of counts: a classifier's matrix, or a detector's with its background row and column. */
    void showGrid(Optional<MatrixGrid> next, Optional<EvaluationResults.Cell> cell) {
        boolean resized = next.map(MatrixGrid::size).orElse(0) != matrix.map(MatrixGrid::size).orElse(0);
        matrix = next;
        selected = cell;
        if (resized && next.isPresent()) {
            double space = Math.min(scroll.getWidth() > 50 ? scroll.getWidth() : 560,
                    scroll.getHeight() > 50 ? scroll.getHeight() : 560);
            cellSize.set(fitting(next.get().size(), space));
        }
        draw();
    }

    /** The font size of the class names at the current cell size. */
    double labelFontSize() {
        return Math.min(13, cellSize.get() * LABEL_SHARE);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (matrix.isEmpty()) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        MatrixGrid m = matrix.get();
        int n = m.size();
        double cell = cellSize.get();
        Font labelFont = Font.font(labelFontSize());
        labelSpace = Math.min(MAX_LABEL, widest(m, labelFont)) + 2 * GAP + 18;
        double size = labelSpace + n * cell + GAP;
        canvas.setWidth(size);
        canvas.setHeight(size);
        g.clearRect(0, 0, size, size);
        int max = Math.max(1, m.maxCount());
        CanvasColours colours = Theme.colours();
        Font cellFont = Font.font(Math.min(12, cell * 0.38));
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                double share = rates.get() ? m.rate(t, p) : (double) m.count(t, p) / max;
                double x = labelSpace + p * cell;
                double y = labelSpace + t * cell;
                g.setFill(colours.heat(share));
                g.fillRect(x, y, cell, cell);
                g.setStroke(colours.grid());
                g.setLineWidth(0.5);
                g.strokeRect(x, y, cell, cell);
                String text = rates.get() ? String.format(Locale.ROOT, "%.0f", 100 * m.rate(t, p))
                        : Integer.toString(m.count(t, p));
                if (cell >= 20 && m.count(t, p) > 0 && width(text, cellFont) <= cell - 3) {
                    g.setFont(t == p ? Font.font(null, FontWeight.BOLD, cellFont.getSize()) : cellFont);
                    g.setFill(colours.onHeat(share));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(text, x + cell / 2, y + cell / 2);
                }
            }
        }
        selected.filter(c -> c.trueIndex() < n && c.predictedIndex() < n).ifPresent(c -> {
            g.setStroke(colours.highlight());
            g.setLineWidth(3);
            g.strokeRect(labelSpace + c.predictedIndex() * cell + 1.5, labelSpace + c.trueIndex() * cell + 1.5,
                    cell - 3, cell - 3);
        });
        drawLabels(g, m, labelFont, cell);
    }

    private void drawLabels(GraphicsContext g, MatrixGrid m, Font font, double cell) {
        g.setFill(Theme.colours().text());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        double limit = labelSpace - 2 * GAP - 18;
        for (int i = 0; i < m.size(); i++) {
            String name = fit(m.classes().get(i), font, limit);
            double mid = labelSpace + i * cell + cell / 2;
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(name, labelSpace - GAP, mid);
            g.save();
            g.translate(mid, labelSpace - GAP);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(name, 0, 0);
            g.restore();
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setFill(Theme.colours().muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("predicted \u2192", 4, 10);
        g.save();
        g.translate(10, labelSpace + 4);
        g.rotate(90);
        g.fillText("true \u2192", 0, 0);
        g.restore();
    }

    private static double widest(MatrixGrid m, Font font) {
        return m.classes().stream().mapToDouble(c -> width(c, font)).max().orElse(0);
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The name shortened with an ellipsis until it fits {@code limit} pixels. */
    static String fit(String name, Font font, double limit) {
        if (width(name, font) <= limit) {
            return name;
        }
        String s = name;
        while (s.length() > 1 && width(s + "\u2026", font) > limit) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    private Optional<EvaluationResults.Cell> cellAt(double x, double y) {
        if (matrix.isEmpty()) {
            return Optional.empty();
        }
        double cell = cellSize.get();
        int p = (int) Math.floor((x - labelSpace) / cell);
        int t = (int) Math.floor((y - labelSpace) / cell);
        int n = matrix.get().size();
        return x < labelSpace || y < labelSpace || p >= n || t >= n ? Optional.empty()
                : Optional.of(new EvaluationResults.Cell(t, p));
    }

    private void hover(MouseEvent e) {
        Optional<EvaluationResults.Cell> c = cellAt(e.getX(), e.getY());
        if (c.isEmpty()) {
            tooltip.setText("Rows: true class. Columns: predicted class. Click a cell to see its examples; "
                    + "Ctrl+wheel zooms.");
            return;
        }
        tooltip.setText(matrix.orElseThrow().describe(c.get().trueIndex(), c.get().predictedIndex()));
    }
}
