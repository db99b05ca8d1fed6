package org.whiskerstudio.ui.rl;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.rl.EnvironmentView.BoardView;
import org.whiskerstudio.rl.EnvironmentView.CartView;
import org.whiskerstudio.ui.common.Theme;

/**
 * A resizable drawing of an environment: call {@link #show} with each new {@link EnvironmentView} (a noughts &amp;
 * crosses board or a cart-pole) and it repaints one canvas at once, so calling it every step of an episode is cheap.
 * It takes whatever room its parent gives it. FX thread only.
 */
public final class EnvironmentCanvas extends Region {
    private final Canvas canvas = new Canvas();
    // Kept here: the theme holds it weakly (see Theme.onChange).
    private final InvalidationListener themeListener = Theme.onChange(this::draw);
    // One of the two is shown, or neither before the first call.
    private Optional<BoardPicture> board = Optional.empty();
    private Optional<CartView> cart = Optional.empty();

    public EnvironmentCanvas() {
        getStyleClass().add("environment-canvas");
        getChildren().add(canvas);
        setMinSize(80, 60);
        setPrefSize(240, 240);
    }

    /** Draws {@code next} in place of what was shown. */
    public void show(EnvironmentView next) {
        if (next instanceof BoardView shown) {
            showBoard(BoardPicture.of(shown));
        } else if (next instanceof CartView shown) {
            cart = Optional.of(shown);
            board = Optional.empty();
            draw();
        }
    }

    /** Draws a board with a heat map and key hints (the play board). */
    void showBoard(BoardPicture next) {
        board = Optional.of(next);
        cart = Optional.empty();
        draw();
    }

    /** The board cell under a point of this node, none outside the board or when no board is shown. */
    OptionalInt cellAt(double x, double y) {
        return board.isPresent() ? BoardGeometry.fit(getWidth(), getHeight()).cellAt(x, y) : OptionalInt.empty();
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        board.ifPresent(shown -> BoardPainter.paint(g, BoardGeometry.fit(w, h), shown, Theme.colours()));
        cart.ifPresent(shown -> CartPainter.paint(g, w, h, shown, Theme.colours()));
    }
}
