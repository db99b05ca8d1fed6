package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.Series;

class SequenceThumbnailsTest {
    @TempDir
    Path tmp;

    private static int countColour(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 40) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void seriesThumbnailDrawsEachFeatureInItsColourScaledToItsOwnRange() {
        // A rising feature in the thousands and a falling one below one: both must span the plot.
        Series series = new Series(List.of("big", "small"), new float[] {1000, 0.9f, 2000, 0.5f, 3000, 0.1f});
        BufferedImage image = SequenceThumbnails.series(series);

        assertEquals(SequenceThumbnails.WIDTH, image.getWidth());
        assertTrue(countColour(image, SequenceThumbnails.PALETTE.get(0)) > 100);
        assertTrue(countColour(image, SequenceThumbnails.PALETTE.get(1)) > 100);
        // The rising line starts bottom-left: its colour is there, and not at the top-left.
        assertTrue(near(image, 8, SequenceThumbnails.HEIGHT - 8, SequenceThumbnails.PALETTE.get(0)));
        assertTrue(near(image, 8, 8, SequenceThumbnails.PALETTE.get(1)));
    }

    private static boolean near(BufferedImage image, int cx, int cy, Color colour) {
        BufferedImage patch = image.getSubimage(cx - 4, cy - 4, 9, 9);
        return countColour(patch, colour) > 0;
    }

    @Test
    void textThumbnailShowsDarkTextOnALightPage() {
        BufferedImage image = SequenceThumbnails.text("Call me Ishmael. Some years ago - never mind how long precisely");
        int dark = countColour(image, new Color(0x24292f));
        assertTrue(dark > 50, "dark pixels: " + dark);
        assertEquals(new Color(0xf6f8fa), new Color(image.getRGB(SequenceThumbnails.WIDTH - 2, SequenceThumbnails.HEIGHT - 2)));
    }

    @Test
    void thumbnailCacheRemakesAMissingSeriesThumbnailFromTheStoredFile() throws Exception {
        Path csv = tmp.resolve("in/a.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "x\n1\n5\n2\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            new SeriesImporter(store).run(ImportRequest.of(List.of(csv)), SeriesOptions.perFile(), Progress.NONE,
                    new Cancellation());
            ImageAsset asset = store.images(ImageQuery.ALL).get(0);
            Files.delete(store.layout().thumbnail(asset.sha256()));

            Path thumb = new ThumbnailCache(store.layout()).thumbnailOf(asset);

            BufferedImage image = ImageIO.read(thumb.toFile());
            assertEquals(SequenceThumbnails.WIDTH, image.getWidth());
            // JPEG blurs the thin line's hue, so count blue-ish pixels rather than the exact colour.
            int blue = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = new Color(image.getRGB(x, y));
                    blue += c.getBlue() - c.getRed() > 60 ? 1 : 0;
                }
            }
            assertTrue(blue > 100, "blue pixels: " + blue);
        }
    }
}
