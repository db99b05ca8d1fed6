package org.whiskerstudio.ui.common;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Colours for what the studio paints itself on canvases (heat maps, plots), matching the toolkit theme's own
 * (Primer Light and Primer Dark): a canvas cannot look up the theme's CSS variables, so it asks {@link Theme} for these.
 *
 * @param text      ordinary text, as the theme's -color-fg-default
 * @param muted     secondary text and axis labels, as -color-fg-muted
 * @param grid      cell edges and plot frames, as -color-border-default
 * @param surface   a plot's background, as -color-bg-default
 * @param heatLow   a heat map's empty cell
 * @param heatHigh  a heat map's fullest cell
 * @param highlight the selected cell's outline
 */
public record CanvasColours(Color text, Color muted, Color grid, Color surface, Color heatLow, Color heatHigh,
                            Color highlight) {
    public static final CanvasColours LIGHT = new CanvasColours(Color.web("#24292f"), Color.web("#57606a"),
            Color.web("#d0d7de"), Color.WHITE, Color.WHITE, Color.web("#0d47a1"), Color.web("#fb8500"));
    public static final CanvasColours DARK = new CanvasColours(Color.web("#c9d1d9"), Color.web("#8b949e"),
            Color.web("#30363d"), Color.web("#0d1117"), Color.web("#161b22"), Color.web("#2f81f7"), Color.web("#fb8500"));

    /** A heat map cell holding {@code share} (0..1) of the most there is. */
    public Color heat(double share) {
        return heatLow.interpolate(heatHigh, Math.max(0, Math.min(1, share)));
    }

    /** Text readable on {@link #heat}{@code (share)}: light on the strong end, the ordinary text colour elsewhere. */
    public Color onHeat(double share) {
        return share > 0.5 ? Color.WHITE : text;
    }

    /** The heat scale as a CSS gradient, for a legend drawn by a region. */
    public String heatGradient() {
        return "linear-gradient(to right, " + css(heatLow) + ", " + css(heatHigh) + ")";
    }

    private static String css(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
