package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.project.ImageAsset;

/** The Label screen's status line gives an example's size as its kind measures it. */
class ExampleSizeTest {
    private static ImageAsset asset(String format, int width, int height) {
        return new ImageAsset(1, "a".repeat(64), "x", "images/x", width, height, format, 10, Instant.EPOCH,
                List.of());
    }

    @Test
    void picturesInPixelsSeriesInStepsAndFeaturesTextsInCharactersAndLines() {
        assertEquals("32 x 24", ExampleSize.of(asset("png", 32, 24)));
        assertEquals("20 steps, 2 features", ExampleSize.of(asset("series", 2, 20)));
        assertEquals("300 characters, 1 line", ExampleSize.of(asset("text", 300, 1)));
    }
}
