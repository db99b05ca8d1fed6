package org.whiskerstudio.project.imports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.project.sequences.Series;

/**
 * Thumbnails of sequence examples, drawn with java.awt so the project layer needs no toolkit: a series as a small
 * line plot (each feature its own colour, each scaled to its own min-max so flat and large features both show), a
 * text as its first words on a page.
 */
public final class SequenceThumbnails {
    public static final int WIDTH = ImageDecoder.THUMBNAIL_SIZE;
    public static final int HEIGHT = 140;
    /** Line colours, one per feature in turn (the same order the Label screen's plot uses). */
    public static final List<Color> PALETTE = List.of(new Color(0x0969da), new Color(0xcf222e), new Color(0x1a7f37),
            new Color(0x8250df), new Color(0xbf8700), new Color(0x1b7c83), new Color(0xe16f24), new Color(0x57606a));
    private static final int MAX_LINES = 8;
    private static final int PAD = 6;

    private SequenceThumbnails() {
    }

    /** A line plot of every feature (at most {@code PALETTE.size()}) over the steps. */
    public static BufferedImage series(Series series) {
        BufferedImage out = canvas();
        Graphics2D g = graphics(out);
        try {
            g.setColor(new Color(0xd0d7de));
            g.drawRect(PAD - 1, PAD - 1, WIDTH - 2 * PAD + 1, HEIGHT - 2 * PAD + 1);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int steps = series.steps();
            int shown = Math.min(series.featureCount(), PALETTE.size());
            for (int f = 0; f < shown; f++) {
                float[] v = series.feature(f);
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (float x : v) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                double range = max - min;
                Path2D.Double line = new Path2D.Double();
                for (int t = 0; t < steps; t++) {
                    double x = PAD + (steps == 1 ? 0.5 : (double) t / (steps - 1)) * (WIDTH - 2 * PAD);
                    double unit = range == 0 ? 0.5 : (v[t] - min) / range;
                    double y = HEIGHT - PAD - unit * (HEIGHT - 2 * PAD);
                    if (t == 0) {
                        line.moveTo(x, y);
                    } else {
                        line.lineTo(x, y);
                    }
                }
                if (steps == 1) {
                    line.lineTo(line.getCurrentPoint().getX() + 1, line.getCurrentPoint().getY());
                }
                g.setColor(PALETTE.get(f));
                g.draw(line);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The first words of a text, wrapped, on a light page. */
    public static BufferedImage text(String text) {
        BufferedImage out = canvas();
        Graphics2D g = graphics(out);
        try {
            g.setColor(new Color(0xf6f8fa));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x24292f));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics metrics = g.getFontMetrics();
            int y = PAD + metrics.getAscent();
            for (String line : wrap(text, metrics, WIDTH - 2 * PAD)) {
                g.drawString(line, PAD, y);
                y += metrics.getHeight();
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Words laid into lines that fit {@code width}; a word too long for a line is cut. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        String flat = text.length() > 2000 ? text.substring(0, 2000) : text;
        String[] words = flat.strip().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            if (lines.size() == MAX_LINES) {
                return lines;
            }
            line.setLength(0);
            line.append(word);
            while (metrics.stringWidth(line.toString()) > width && line.length() > 1) {
                line.setLength(line.length() - 1);
            }
        }
        if (!line.isEmpty() && lines.size() < MAX_LINES) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static BufferedImage canvas() {
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return out;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
