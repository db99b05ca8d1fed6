package org.whiskerstudio.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.whiskerstudio.settings.StudioSettings.WindowGeometry;

/**
 * The remembered (or default) window made to fit the screen it opens on: the default 1280x800 on a 1366x768 laptop
 * put the status bar below the screen's edge, and a position saved on a monitor since unplugged put the whole window
 * out of sight.
 */
final class WindowFit {
    private WindowFit() {
    }

    /** {@code g} fitted to the screen holding its saved position, or to the primary screen. */
    static WindowGeometry onScreen(WindowGeometry g) {
        return fitted(g, screenOf(g).getVisualBounds());
    }

    /**
     * {@code g} no larger than {@code bounds}; its position kept when the window then lies wholly inside them, else
     * dropped (NaN) so the system centres it.
     */
    static WindowGeometry fitted(WindowGeometry g, Rectangle2D bounds) {
        double width = Math.min(g.width(), bounds.getWidth());
        double height = Math.min(g.height(), bounds.getHeight());
        boolean placed = !Double.isNaN(g.x()) && !Double.isNaN(g.y());
        boolean inside = placed && g.x() >= bounds.getMinX() && g.y() >= bounds.getMinY()
                && g.x() + width <= bounds.getMaxX() && g.y() + height <= bounds.getMaxY();
        return inside ? new WindowGeometry(g.x(), g.y(), width, height, g.maximized())
                : new WindowGeometry(Double.NaN, Double.NaN, width, height, g.maximized());
    }

    private static Screen screenOf(WindowGeometry g) {
        if (Double.isNaN(g.x()) || Double.isNaN(g.y())) {
            return Screen.getPrimary();
        }
        List<Screen> screens = Screen.getScreensForRectangle(g.x(), g.y(), 1, 1);
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }
}
