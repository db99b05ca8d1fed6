package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The frame-rate benchmark's machinery, headless and short: it opens its window, drives the map and times frames. */
@ExtendWith(ApplicationExtension.class)
class MapFrameRateTest {
    @Start
    void start(Stage stage) {
        // The toolkit is running; the measurement opens its own window.
    }

    @Test
    void framesAreCountedWhileTheMapPansAndZooms() throws InterruptedException {
        MapFrameRate.Result r = MapFrameRate.measure(2_000, 0.5, 1);

        assertEquals(2_000, r.points());
        assertTrue(r.frames() >= 5, "frames in half a second: " + r.frames());
        assertTrue(r.medianMillis() > 0 && r.medianMillis() <= r.p95Millis() && r.p95Millis() <= r.worstMillis(),
                r.toString());
        assertTrue(r.framesPerSecond() > 0, r.toString());
    }
}
