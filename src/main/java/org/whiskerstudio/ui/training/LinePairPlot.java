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
 * autoencoder's reconstruction of it (dashed, in the text colour), on the range of both, whose ends are written at
 * the left in the data's units. NaN values (a short series' padding) are left out.
 */
final class LinePairPlot extends Region {
    static final double HEIGHT = 58;
    private static final double LEFT = 34;
    private static final double PAD = 3;
    private final Canvas canvas = new Canvas();
    /** Repaints in the new theme's colours; held here because the theme holds it weakly. */
    private final InvalidationListener themed = Theme.onChange(this::draw);
    private final float[] input;
    private final float[] output;
    private final Color colour;

    LinePairPlot(float[] input, float[] output, Color colour) {
        this.input = input.clone();
        this.output = output.clone();
        this.colour = colour;
        getChildren().add(canvas);
        getStyleClass().add("reconstruction-cell");
        setMinSize(LEFT + 20, HEIGHT);
        setPrefSize(140, HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** The lowest and highest finite value of the input and reconstruction together; [0, 0] when there is none. */
    static float[] range(float[] a, float[] b) {
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
        return low > high ? new float[] {0, 0} : new float[] {low, high};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double plotW = w - LEFT - PAD;
        double plotH = h - 2 * PAD;
        if (plotW < 10 || plotH < 10) {
            return;
        }
        g.setFill(Theme.colours().surface());
        g.fillRect(LEFT, PAD, plotW, plotH);
        g.setStroke(Theme.colours().grid());
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(LEFT + 0.5, PAD + 0.5, plotW - 1, plotH - 1);
        float[] range = range(input, output);
        ends(g, range, plotH);
        g.save();
        g.beginPath();
        g.rect(LEFT, PAD, plotW, plotH);
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
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(number(range[1]), LEFT - 3, PAD);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(number(range[0]), LEFT - 3, PAD + plotH);
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
            double x = LEFT + (v.length == 1 ? 0.5 : (double) t / (v.length - 1)) * plotW;
            double unit = span == 0 ? 0.5 : (v[t] - range[0]) / span;
            double y = PAD + plotH - (0.06 + 0.88 * unit) * plotH;
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
