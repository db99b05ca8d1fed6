package org.whiskerstudio.ui.rl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.whiskerstudio.rl.Board;
import org.whiskerstudio.ui.common.CanvasColours;

/**
 * Paints a {@link BoardPicture}: the heat map under the grid, the grid, the marks and the winning line. Values are
 * returns between -1 (a loss) and 1 (a win): green for good, red for bad, deeper the surer (a draw's 0 left plain),
 * with the number.
 */
final class BoardPainter {
    static final Color CROSS = Color.web("#1f6feb");
    static final Color NOUGHT = Color.web("#d1242f");
    static final Color GOOD = Color.web("#2da44e");
    static final Color BAD = Color.web("#cf222e");

    private BoardPainter() {
    }

    static void paint(GraphicsContext g, BoardGeometry at, BoardPicture picture, CanvasColours colours) {
        g.setFill(colours.surface());
        g.fillRect(at.left(), at.top(), at.side(), at.side());
        List<Integer> cells = picture.board().cells();
        heat(g, at, picture.values(), colours);
        if (picture.keyHints()) {
            hints(g, at, cells, colours);
        }
        grid(g, at, colours);
        for (int cell = 0; cell < Board.CELLS; cell++) {
            mark(g, at, cell, cells.get(cell));
        }
        winningLine(g, at, cells, colours);
    }

    /** The colour of a cell worth {@code value} (clamped to -1..1) over {@code surface}. */
    static Color heatColour(double value, Color surface) {
        double v = Math.max(-1, Math.min(1, value));
        Color tint = v >= 0 ? GOOD : BAD;
        return surface.interpolate(tint, 0.7 * Math.abs(v));
    }

    private static void heat(GraphicsContext g, BoardGeometry at, Map<Integer, Double> values,
                             CanvasColours colours) {
        double size = at.cellSize();
        g.setFont(Font.font(null, FontWeight.BOLD, Math.max(9, size / 5)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        values.forEach((cell, value) -> {
            g.setFill(heatColour(value, colours.surface()));
            g.fillRect(at.cellLeft(cell), at.cellTop(cell), size, size);
            g.setFill(colours.text());
            g.fillText(String.format(Locale.ROOT, "%+.2f", value), at.centreX(cell), at.centreY(cell));
        });
    }

    private static void hints(GraphicsContext g, BoardGeometry at, List<Integer> cells, CanvasColours colours) {
        double size = at.cellSize();
        g.setFont(Font.font(Math.max(8, size / 8)));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(colours.muted());
        for (int cell = 0; cell < Board.CELLS; cell++) {
            if (cells.get(cell) == 0) {
                g.fillText(Integer.toString(NumpadKeys.digitOf(cell)), at.cellLeft(cell) + size / 14,
                        at.cellTop(cell) + size / 14);
            }
        }
    }

    private static void grid(GraphicsContext g, BoardGeometry at, CanvasColours colours) {
        g.setStroke(colours.muted());
        g.setLineWidth(Math.max(1, at.side() / 90));
        g.setLineCap(StrokeLineCap.ROUND);
        for (int i = 1; i < 3; i++) {
            double offset = i * at.cellSize();
            g.strokeLine(at.left() + offset, at.top(), at.left() + offset, at.top() + at.side());
            g.strokeLine(at.left(), at.top() + offset, at.left() + at.side(), at.top() + offset);
        }
    }

    private static void mark(GraphicsContext g, BoardGeometry at, int cell, int mark) {
        if (mark == 0) {
            return;
        }
        double r = at.cellSize() * 0.3;
        double x = at.centreX(cell);
        double y = at.centreY(cell);
        g.setLineWidth(Math.max(2, at.cellSize() / 11));
        g.setLineCap(StrokeLineCap.ROUND);
        if (mark == Board.X) {
            g.setStroke(CROSS);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
        } else {
            g.setStroke(NOUGHT);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static void winningLine(GraphicsContext g, BoardGeometry at, List<Integer> cells, CanvasColours colours) {
        List<Integer> line = Board.of(cells.stream().mapToInt(Integer::intValue).toArray()).winningLine();
        if (line.isEmpty()) {
            return;
        }
        int from = line.get(0);
        int to = line.get(2);
        // Drawn past the two end cells' centres so the line reads as crossing all three.
        double dx = Math.signum(at.centreX(to) - at.centreX(from)) * at.cellSize() * 0.35;
        double dy = Math.signum(at.centreY(to) - at.centreY(from)) * at.cellSize() * 0.35;
        g.setStroke(colours.highlight());
        g.setLineWidth(Math.max(3, at.cellSize() / 8));
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(at.centreX(from) - dx, at.centreY(from) - dy, at.centreX(to) + dx, at.centreY(to) + dy);
    }
}
