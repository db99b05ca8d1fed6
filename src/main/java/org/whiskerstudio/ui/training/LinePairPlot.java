package org.whiskerstudio.ui.training;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.whiskerstudio.ui.common.Theme;

/**
 * One small chart of the Train screen's reconstructions: an example's input (solid, in its feature's colour) and the
 * autoencoder's reconstruction of it (dashed, in the text colour), on the range of both widened to at least the
 * feature's spread (so a wiggle small for the feature looks small), whose ends are written in
 * its top and bottom left corners in the data's units (inside, so a narrow chart keeps its width for the lines).
 * NaN values (a short series' padding) are left out.
 */
final class LinePairPlot extends Region {
    static final double HEIGHT = 58;
    private static final double PAD = 2;
    /** Room above and below the lines for the range's two numbers. */
    private static final double TEXT = 11;
    private final Canvas canvas = new Canvas();
    /** Repaints in the new theme's colours; held here because the theme holds it weakly. */
    private final InvalidationListener themed = Theme.onChange(this::draw);
    private final float[] input;
    private final float[] output;
    private final float spread;
    private final Color colour;

    LinePairPlot(float[] input, float[] output, float spread, Color colour) {
        this.input = input.clone();
        this.output = output.clone();
        this.spread = spread;
        this.colour = colour;
        getChildren().add(canvas);
        getStyleClass().add("reconstruction-cell");
        setMinSize(40, HEIGHT);
        setPrefSize(140, HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /**
     * The lowest and highest finite value of the input and reconstruction together, widened about its middle to at
     * least {@code spread}; [0, 0] when there is none.
     */
    static float[] range(float[] a, float[] b, float spread) {
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (float[] line : new float[][] {a, b}) {
            for (float v : line) {
                if (Float.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            return new float[] {0, 0};
        }
        float grow = Math.max(0, spread - (high - low)) / 2;
        return new float[] {low - grow, high + grow};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double plotW = w - 2 * PAD;
        double plotH = h - 2 * PAD;
        if (plotW < 10 || plotH < 10) {
            return;
        }
        g.setFill(Theme.colours().surface());
        g.fillRect(PAD, PAD, plotW, plotH);
        g.setStroke(Theme.colours().grid());
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(PAD + 0.5, PAD + 0.5, plotW - 1, plotH - 1);
        float[] range = range(input, output, spread);
        ends(g, range, plotH);
        g.save();
        g.beginPath();
        g.rect(PAD, PAD, plotW, plotH);
        g.clip();
        g.setLineWidth(1.6);
        g.setStroke(colour);
        line(g, input, range, plotW, plotH);
        g.setLineWidth(1.3);
        g.setStroke(Theme.colours().text());
        g.setLineDashes(4, 3);
        line(g, output, range, plotW, plotH);
        g.restore();
    }

    private void ends(GraphicsContext g, float[] range, double plotH) {
        g.setFill(Theme.colours().muted());
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(number(range[1]), PAD + 2, PAD);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(number(range[0]), PAD + 2, PAD + plotH);
    }

    /** Joins finite neighbours; a NaN breaks the line. */
    private static void line(GraphicsContext g, float[] v, float[] range, double plotW, double plotH) {
        double span = range[1] - range[0];
        boolean open = false;
        g.beginPath();
        for (int t = 0; t < v.length; t++) {
            if (!Float.isFinite(v[t])) {
                open = false;
                continue;
            }
            double x = PAD + (v.length == 1 ? 0.5 : (double) t / (v.length - 1)) * plotW;
            double unit = span == 0 ? 0.5 : (v[t] - range[0]) / span;
            double lines = plotH - 2 * TEXT;
            double y = PAD + plotH - TEXT - unit * lines;
            if (open) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                open = true;
            }
        }
        g.stroke();
    }

    /** Short enough for the narrow margin: three significant digits. */
    static String number(float v) {
        return v == (long) v && Math.abs(v) < 10_000 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
