package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.ui.common.SequenceColours;
import org.whiskerstudio.ui.common.Theme;

/**
 * A line plot of a series: each feature over the steps in its own colour, scaled to its own range (the legend
 * gives each range), so features of very different sizes are all readable. The mouse wheel zooms the time axis
 * around the pointer; a double click shows every step again.
 */
final class SeriesPlot extends Region {
    private static final double LEFT = 56;
    private static final double RIGHT = 16;
    private static final double TOP = 12;
    private static final double BOTTOM = 30;
    private final Canvas canvas = new Canvas();
    /** Repaints in the new theme's colours; held here because the theme holds it weakly. */
    private final InvalidationListener themed = Theme.onChange(this::draw);
    private Series series;
    private double from;
    private double to;

    SeriesPlot() {
        getChildren().add(canvas);
        getStyleClass().add("series-plot");
        setMinSize(200, 120);
        setOnScroll(this::onScroll);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetZoom();
            }
        });
    }

    void show(Series next) {
        series = next;
        resetZoom();
    }

    /** The visible steps, as [from, to] (for tests). */
    double[] visibleSteps() {
        return new double[] {from, to};
    }

    void resetZoom() {
        from = 0;
        to = series == null ? 1 : Math.max(1, series.steps() - 1);
        draw();
    }

    /** Zooms the time axis by {@code factor} (< 1 zooms in) around the step at {@code fraction} of the width. */
    void zoom(double factor, double fraction) {
        if (series == null || series.steps() < 3) {
            return;
        }
        double last = series.steps() - 1;
        double span = Math.max(2, Math.min(last, (to - from) * factor));
        double centre = from + fraction * (to - from);
        from = Math.max(0, centre - fraction * span);
        to = Math.min(last, from + span);
        from = Math.max(0, to - span);
        draw();
    }

    private void onScroll(ScrollEvent e) {
        double width = getWidth() - LEFT - RIGHT;
        double fraction = width <= 0 ? 0.5 : Math.max(0, Math.min(1, (e.getX() - LEFT) / width));
        zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, fraction);
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (series == null || w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        g.setFill(Theme.colours().surface());
        g.fillRect(LEFT, TOP, plotW, plotH);
        g.setStroke(Theme.colours().grid());
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, plotW, plotH);
        axis(g, plotW, plotH);
        int first = (int) Math.floor(from);
        int last = (int) Math.min(series.steps() - 1, Math.ceil(to));
        List<Color> palette = SequenceColours.PALETTE;
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotW, plotH);
        g.clip();
        g.setLineWidth(1.8);
        for (int f = 0; f < series.featureCount(); f++) {
            float[] v = series.feature(f);
            float[] range = range(v);
            double span = range[1] - range[0];
            g.setStroke(palette.get(f % palette.size()));
            g.beginPath();
            for (int t = first; t <= last; t++) {
                double x = LEFT + (to == from ? 0.5 : (t - from) / (to - from)) * plotW;
                double unit = span == 0 ? 0.5 : (v[t] - range[0]) / span;
                double y = TOP + plotH - (0.04 + 0.92 * unit) * plotH;
                if (t == first) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
        g.restore();
    }

    private void axis(GraphicsContext g, double plotW, double plotH) {
        g.setFill(Theme.colours().muted());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int ticks = (int) Math.max(2, Math.min(10, plotW / 80));
        for (int i = 0; i <= ticks; i++) {
            double step = from + (to - from) * i / ticks;
            double x = LEFT + plotW * i / ticks;
            g.fillText(String.format(Locale.ROOT, "%.0f", step + 1), x, TOP + plotH + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("high", LEFT - 6, TOP + 8);
        g.fillText("low", LEFT - 6, TOP + plotH - 8);
    }

    static float[] range(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float x : values) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new float[] {min, max};
    }
}
