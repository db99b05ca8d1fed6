package org.whiskerstudio.ui.rl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.whiskerstudio.rl.EnvironmentView.CartView;
import org.whiskerstudio.ui.common.CanvasColours;

/** Paints a {@link CartView}: the track with its two ends, the cart, and the pole at its angle on the cart's top. */
final class CartPainter {
    static final Color CART = Color.web("#57606a");
    static final Color POLE = Color.web("#bf8700");

    private CartPainter() {
    }

    static void paint(GraphicsContext g, double width, double height, CartView cart, CanvasColours colours) {
        CartGeometry at = CartGeometry.fit(width, height, cart.trackHalfWidth());
        g.setFill(colours.surface());
        g.fillRect(0, 0, width, height);
        track(g, at, cart.trackHalfWidth(), colours);
        double cartX = at.xOf(cart.x());
        g.setFill(CART);
        g.fillRoundRect(cartX - at.cartWidth() / 2, at.pivotY(), at.cartWidth(), at.cartHeight(),
                at.cartHeight() / 3, at.cartHeight() / 3);
        g.setStroke(POLE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(2, 0.06 * at.pixelsPerMetre()));
        g.strokeLine(cartX, at.pivotY(), at.tipX(cart.x(), cart.theta()), at.tipY(cart.theta()));
        double axle = Math.max(2, at.cartHeight() / 5);
        g.setFill(colours.text());
        g.fillOval(cartX - axle, at.pivotY() - axle, 2 * axle, 2 * axle);
    }

    private static void track(GraphicsContext g, CartGeometry at, double halfWidth, CanvasColours colours) {
        g.setStroke(colours.muted());
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(2);
        g.strokeLine(at.xOf(-halfWidth), at.trackY(), at.xOf(halfWidth), at.trackY());
        double tick = Math.max(4, at.cartHeight() / 2);
        // The ends are where the episode stops: the cart may not leave the track.
        g.setLineWidth(3);
        g.strokeLine(at.xOf(-halfWidth), at.trackY() - tick, at.xOf(-halfWidth), at.trackY() + tick);
        g.strokeLine(at.xOf(halfWidth), at.trackY() - tick, at.xOf(halfWidth), at.trackY() + tick);
        g.setLineWidth(1);
        g.strokeLine(at.xOf(0), at.trackY(), at.xOf(0), at.trackY() + tick);
    }
}
