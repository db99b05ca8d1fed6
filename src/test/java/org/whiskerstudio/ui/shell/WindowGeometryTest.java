package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.settings.StudioSettings.WindowGeometry;

/** The window comes back where it was: a title bar's worth of reporting offset is not saved as a move. */
class WindowGeometryTest {
    private static final WindowGeometry RESTORED = new WindowGeometry(100, 120, 1280, 800, false);

    @Test
    void aReportLowerByTheTitleBarKeepsTheRestoredPosition() {
        WindowGeometry saved = ShellView.toSave(RESTORED, new WindowGeometry(101, 140, 1200, 780, false));
        assertEquals(new WindowGeometry(100, 120, 1200, 780, false), saved);
    }

    @Test
    void aRealMoveIsSaved() {
        WindowGeometry moved = new WindowGeometry(300, 90, 1280, 800, false);
        assertEquals(moved, ShellView.toSave(RESTORED, moved));
    }

    @Test
    void aWindowTheSystemPlacedIsSavedAsReported() {
        WindowGeometry reported = new WindowGeometry(0, 31, 1280, 800, false);
        assertEquals(reported, ShellView.toSave(WindowGeometry.DEFAULT, reported));
    }

    @Test
    void theDefaultWindowFitsALaptopScreenBelowItsPanel() {
        WindowGeometry fitted = WindowFit.fitted(WindowGeometry.DEFAULT, new Rectangle2D(0, 27, 1366, 741));
        assertEquals(new WindowGeometry(Double.NaN, Double.NaN, 1280, 741, false), fitted);
    }

    @Test
    void aWindowThatFitsKeepsItsPlaceAndSize() {
        assertEquals(RESTORED, WindowFit.fitted(RESTORED, new Rectangle2D(0, 0, 1920, 1080)));
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorComesBackCentredOnThisOne() {
        WindowGeometry away = new WindowGeometry(2100, 50, 1280, 800, false);
        assertEquals(new WindowGeometry(Double.NaN, Double.NaN, 1280, 800, false),
                WindowFit.fitted(away, new Rectangle2D(0, 0, 1920, 1080)));
    }
}
