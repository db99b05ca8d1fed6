package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.ui.detection.BoxPainter;

/**
 * A detector's boxes offered on the canvas, drawn dashed with class and score over the regions, so they never pass
 * for labels; a click on one (select tool) accepts it, a right click dismisses it.
 */
final class ProposalLayer {
    /** One box offered, as the canvas draws it. */
    record Proposal(Detection detection, Color colour, String caption) {
    }

    private final Viewport view;
    private final BoxPainter painter = new BoxPainter(12);
    private List<Proposal> proposals = List.of();

    ProposalLayer(Viewport view) {
        this.view = view;
    }

    void set(List<Proposal> next) {
        proposals = List.copyOf(next);
    }

    List<Proposal> proposals() {
        return proposals;
    }

    void paint(GraphicsContext g) {
        BoxPainter.Frame frame = new BoxPainter.Frame(view.offsetX(), view.offsetY(), view.scale());
        // The best last, on top of the others.
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            painter.box(g, frame, p.detection().box(), p.colour(), true, p.caption());
        }
    }

    /** The smallest box offered under an image point (the innermost of nested ones), within a few screen pixels. */
    Optional<Detection> at(Point p) {
        double slack = 3 / view.scale();
        return proposals.stream().map(Proposal::detection).filter(d -> inside(d.box(), p, slack))
                .min((a, b) -> Double.compare(area(a.box()), area(b.box())));
    }

    private static boolean inside(Shape.Box b, Point p, double slack) {
        return p.x() >= b.x1() - slack && p.x() <= b.x2() + slack && p.y() >= b.y1() - slack && p.y() <= b.y2() + slack;
    }

    private static double area(Shape.Box b) {
        return b.width() * b.height();
    }
}
