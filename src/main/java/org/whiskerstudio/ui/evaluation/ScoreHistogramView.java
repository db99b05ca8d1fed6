package org.whiskerstudio.ui.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.whiskerstudio.evaluation.ScoreHistogram;
import org.whiskerstudio.ui.common.CanvasColours;
import org.whiskerstudio.ui.common.Theme;

/**
 * The anomaly scores' histogram with the threshold as a vertical line: bins above it in the warning colour, the
 * others in the heat colour. Pressing or dragging anywhere on it moves the threshold there. Scores spread over
 * decades are drawn on a logarithmic axis, which says so under its middle.
 */
final class ScoreHistogramView {
    /** Room for the axis numbers below the bars and a little air on the sides. */
    static final double BOTTOM = 18;
    static final double SIDE = 8;
    private static final Color ABOVE = Color.web("#e8590c");
    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    private final ReadOnlyObjectProperty<Optional<ScoreHistogram>> histogram;
    private final DoubleProperty threshold;

    ScoreHistogramView(ReadOnlyObjectProperty<Optional<ScoreHistogram>> histogram, DoubleProperty threshold) {
        this.histogram = histogram;
        this.threshold = threshold;
        canvas.setId("anomaly-histogram");
        root.getChildren().add(canvas);
        root.setMinHeight(120);
        root.setPrefHeight(170);
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        histogram.addListener(o -> draw());
        threshold.addListener(o -> draw());
        // Kept by the canvas it repaints: the theme holds it weakly.
        canvas.getProperties().put("theme-listener", Theme.onChange(this::draw));
        canvas.setCursor(Cursor.H_RESIZE);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveTo);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveTo);
    }

    Node node() {
        return root;
    }

    Canvas canvas() {
        return canvas;
    }

    /** The x of {@code score} on the canvas now (for tests that drag the line). */
    double xOf(double score) {
        return histogram.get().map(h -> SIDE + h.fraction(score) * plotWidth()).orElse(SIDE);
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - 2 * SIDE);
    }

    private void moveTo(MouseEvent e) {
        histogram.get().ifPresent(h -> threshold.set(h.scoreAt((e.getX() - SIDE) / plotWidth())));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        CanvasColours colours = Theme.colours();
        histogram.get().ifPresent(hist -> {
            int[] counts = hist.counts();
            double plotH = Math.max(1, h - BOTTOM - 4);
            double binW = plotWidth() / counts.length;
            double max = Math.max(1, hist.maxCount());
            double t = threshold.get();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                // At least two pixels, so a lone example far out in the tail stays visible.
                double barH = Math.max(2, plotH * counts[i] / max);
                double binLow = hist.scoreAt((double) i / counts.length);
                g.setFill(binLow >= t ? ABOVE : colours.heatHigh());
                g.fillRect(SIDE + i * binW + 0.5, 4 + plotH - barH, Math.max(1, binW - 1), barH);
            }
            g.setStroke(colours.grid());
            g.setLineWidth(1);
            g.strokeLine(SIDE, 4 + plotH + 0.5, w - SIDE, 4 + plotH + 0.5);
            g.setFill(colours.muted());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(number(hist.low()), SIDE, h - 4);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(number(hist.high()), w - SIDE, h - 4);
            if (hist.logarithmic()) {
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText("log scale", w / 2, h - 4);
            }
            double x = xOf(t);
            g.setStroke(colours.text());
            g.setLineWidth(2);
            g.strokeLine(x, 2, x, 4 + plotH);
            g.setFill(colours.text());
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {0, 0, 7}, 3);
        });
    }

    /** Four significant digits without trailing zeros: "0.05", "0.2304", "1.2e-05". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        return Math.abs(value) >= 1e-4 || value == 0 ? rounded.toPlainString() : rounded.toString();
    }
}
