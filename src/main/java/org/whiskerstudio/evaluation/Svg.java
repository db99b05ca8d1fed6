package org.whiskerstudio.evaluation;

import java.util.List;
import java.util.Locale;

/** Charts of a report as standalone SVG, drawn in plain Java so the command line writes the same report. */
public final class Svg {
    private static final int CELL_MAX = 48;
    private static final int CELL_MIN = 14;
    private static final int LABEL_WIDTH = 130;

    private Svg() {
    }

    /** The cell side the heat map uses for {@code n} classes: smaller for many classes, never under a label's line. */
    public static int cellSize(int n) {
        return Math.max(CELL_MIN, Math.min(CELL_MAX, 640 / Math.max(1, n)));
    }

    /** The confusion matrix as a heat map: rows true, columns predicted, counts (or row rates) in the cells. */
    public static String heatMap(ConfusionMatrix m, boolean rates) {
        int n = m.size();
        int cell = cellSize(n);
        double font = Math.min(12, cell * 0.6);
        int left = LABEL_WIDTH;
        int top = LABEL_WIDTH;
        int width = left + n * cell + 10;
        int height = top + n * cell + 10;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"%.1f\">%n", width, height, font));
        int max = Math.max(1, m.maxCount());
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                double share = rates ? m.rate(t, p) : (double) m.count(t, p) / max;
                int x = left + p * cell;
                int y = top + t * cell;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
                        + "stroke=\"#ffffff\"><title>%s as %s: %d (%.1f%%)</title></rect>%n", x, y, cell, cell,
                        colour(share), esc(m.classes().get(t)), esc(m.classes().get(p)), m.count(t, p),
                        100 * m.rate(t, p)));
                if (cell >= 22 && m.count(t, p) > 0) {
                    String text = rates ? String.format(Locale.ROOT, "%.0f%%", 100 * m.rate(t, p))
                            : Integer.toString(m.count(t, p));
                    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                            + "dominant-baseline=\"central\" fill=\"%s\">%s</text>%n", x + cell / 2.0, y + cell / 2.0,
                            share > 0.5 ? "#ffffff" : "#202020", text));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String name = esc(shorten(m.classes().get(i), 18));
            double mid = i * cell + cell / 2.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
                    + "dominant-baseline=\"central\">%s</text>%n", left - 4, top + mid, name));
            s.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-60)\" "
                    + "dominant-baseline=\"central\">%s</text>%n", left + mid, top - 4, name));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\" font-size=\"12\">rows: true class; columns: "
                + "predicted class%s</text>%n", rates ? " (share of the row)" : ""));
        return s.append("</svg>\n").toString();
    }

    /** A curve in the unit square with its axes named, e.g. ROC (false positive rate, recall). */
    public static String curve(String title, String xLabel, String yLabel, List<RankCurves.Point> points,
                               boolean diagonal) {
        int size = 280;
        int pad = 40;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", size + 2 * pad, size + 2 * pad));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"13\">%s</text>%n", pad, esc(title)));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#888\"/>%n", pad, pad, size, size));
        if (diagonal) {
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\" "
                    + "stroke-dasharray=\"4\"/>%n", pad, pad + size, pad + size, pad));
        }
        StringBuilder path = new StringBuilder();
        for (RankCurves.Point p : points) {
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f",
                    pad + p.x() * size, pad + (1 - p.y()) * size));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                pad + size / 2, pad + size + 28, esc(xLabel)));
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(14,%d) rotate(-90)\" "
                + "text-anchor=\"middle\">%s</text>%n", pad + size / 2, esc(yLabel)));
        return s.append("</svg>\n").toString();
    }

    /** White to a strong blue as {@code share} goes from 0 to 1. */
    public static String colour(double share) {
        double t = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 + (13 - 255) * t);
        int g = (int) Math.round(255 + (71 - 255) * t);
        int b = (int) Math.round(255 + (161 - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
