package org.whiskerstudio.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Anomaly scores as the map's colours: a sequential scale of {@link #NORMAL_BINS} equal bins from the lowest score up
 * to the threshold, light to dark blue as the score grows, and one more entry in red for the points above the
 * threshold (the run's verdict "anomaly"), which the map draws larger and on top. Bins keep the canvas's one pass
 * per colour; an unscored point has no category.
 */
public final class ScoreScale {
    public static final int NORMAL_BINS = 6;
    /** ColorBrewer's sequential blues, lightness falling with the score. */
    static final List<String> RAMP = List.of("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c");
    static final String ABOVE = "#e31a1c";

    private ScoreScale() {
    }

    /** The colouring of points with {@code scores} (NaN: not scored) against {@code threshold}. */
    public static MapColouring colouring(float[] scores, double threshold) {
        double low = lowest(scores, threshold);
        double width = (threshold - low) / NORMAL_BINS;
        int[] category = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            category[i] = Float.isNaN(scores[i]) ? -1 : bin(scores[i], low, threshold);
        }
        List<String> legend = new ArrayList<>();
        for (int b = 0; b < NORMAL_BINS; b++) {
            legend.add(number(low + b * width) + " to " + number(low + (b + 1) * width));
        }
        // The threshold's value is in the caption: the legend is narrow.
        legend.add("Above threshold");
        List<String> colours = new ArrayList<>(RAMP);
        colours.add(ABOVE);
        return new MapColouring(legend, category, colours, NORMAL_BINS);
    }

    /** The entry of a score: its bin below the threshold, {@link #NORMAL_BINS} above it. */
    static int bin(double score, double low, double threshold) {
        if (score > threshold) {
            return NORMAL_BINS;
        }
        double width = (threshold - low) / NORMAL_BINS;
        return width <= 0 ? NORMAL_BINS - 1 : (int) Math.min(NORMAL_BINS - 1, Math.max(0, (score - low) / width));
    }

    /** The lowest score (the scale's start), the threshold itself when none is below it. */
    private static double lowest(float[] scores, double threshold) {
        double low = Arrays.stream(toDoubles(scores)).filter(s -> !Double.isNaN(s)).min().orElse(threshold);
        return Math.min(low, threshold);
    }

    private static double[] toDoubles(float[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i];
        }
        return out;
    }

    /** A score as a person reads it: three significant digits. */
    public static String number(double score) {
        return String.format(Locale.ROOT, "%.3g", score);
    }

    /** The scale's caption: the scores' range and the threshold with how it was chosen. */
    public static String caption(float[] scores, RunScores run) {
        double[] scored = Arrays.stream(toDoubles(scores)).filter(s -> !Double.isNaN(s)).toArray();
        String range = scored.length == 0 ? "no example scored"
                : "scores " + number(Arrays.stream(scored).min().orElseThrow()) + " to "
                + number(Arrays.stream(scored).max().orElseThrow());
        String source = run.threshold().source();
        return "Run " + run.runId() + ": " + range + "; threshold " + number(run.threshold().value())
                + (source.isEmpty() ? "" : " (" + source + ")");
    }
}
