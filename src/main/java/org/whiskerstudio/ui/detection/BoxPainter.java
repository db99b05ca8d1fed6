package org.whiskerstudio.ui.detection;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * Draws boxes on a canvas over an image shown at {@code scale} from {@code (x, y)}: a person's box solid, a model's
 * dashed (so it never passes for a label), each with a caption on a tab in its colour at its top-left, its class and
 * for a model's box the score. Kept inside the canvas, so a box at the edge still shows what it is.
 */
public final class BoxPainter {
    /** A model's box: dash and gap, in screen pixels. */
    private static final double[] DASHES = {6, 4};
    private static final double TAB_PAD = 3;
    private final Text measure = new Text();
    private final Font font;

    /** @param fontSize the captions' size: small on thumbnails, ordinary on a canvas */
    public BoxPainter(double fontSize) {
        this.font = Font.font(Font.getDefault().getFamily(), fontSize);
    }

    /** Where image pixels land on the canvas. */
    public record Frame(double x, double y, double scale) {
        /** An image of {@code width} x {@code height} fitted and centred in a {@code w} x {@code h} area. */
        public static Frame fitted(double width, double height, double w, double h) {
            double scale = Math.min(w / Math.max(1, width), h / Math.max(1, height));
            return new Frame((w - width * scale) / 2, (h - height * scale) / 2, scale);
        }
    }

    /** Ground truths solid, then detections dashed on top, in {@link BoxColours}' colour of their class. */
    public void paint(GraphicsContext g, Frame frame, List<String> classes, List<GroundTruth> truths,
                      List<Detection> detections) {
        for (GroundTruth t : truths) {
            box(g, frame, t.box(), BoxColours.of(t.classIndex()), false, BoxNames.nameOf(classes, t.classIndex()));
        }
        for (Detection d : detections) {
            box(g, frame, d.box(), BoxColours.of(d.classIndex()), true,
                    BoxNames.caption(BoxNames.nameOf(classes, d.classIndex()), d.score()));
        }
    }

    /** One box: solid or dashed, its outline doubled by a dark line so it reads on light and dark pictures. */
    public void box(GraphicsContext g, Frame frame, Box box, Color colour, boolean dashed, String caption) {
        double x = frame.x() + box.x1() * frame.scale();
        double y = frame.y() + box.y1() * frame.scale();
        double w = box.width() * frame.scale();
        double h = box.height() * frame.scale();
        g.setLineDashes(dashed ? DASHES : null);
        g.setStroke(Color.BLACK.deriveColor(0, 1, 1, dashed ? 0.35 : 0.55));
        g.setLineWidth(dashed ? 3 : 3.5);
        g.strokeRect(x, y, w, h);
        g.setStroke(colour);
        g.setLineWidth(dashed ? 2 : 1.8);
        g.strokeRect(x, y, w, h);
        g.setLineDashes(null);
        tab(g, x, y, colour, dashed, caption);
    }

    /** The caption just above the box, or inside it at the canvas's top edge; dashed boxes' tabs are see-through. */
    private void tab(GraphicsContext g, double x, double y, Color colour, boolean dashed, String caption) {
        measure.setFont(font);
        measure.setText(caption);
        double w = measure.getLayoutBounds().getWidth() + 2 * TAB_PAD;
        double h = measure.getLayoutBounds().getHeight() + 1;
        double tx = Math.max(0, Math.min(x, g.getCanvas().getWidth() - w));
        double ty = y - h >= 0 ? y - h : y;
        ty = Math.max(0, Math.min(ty, g.getCanvas().getHeight() - h));
        g.setFill(dashed ? colour.deriveColor(0, 1, 1, 0.8) : colour);
        g.fillRect(tx, ty, w, h);
        g.setFill(textOn(colour));
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, tx + TAB_PAD, ty + 0.5);
    }

    /** Black or white, whichever reads on the colour (relative luminance, as WCAG weighs it). */
    static Color textOn(Color colour) {
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
