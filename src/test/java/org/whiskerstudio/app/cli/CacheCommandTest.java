package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ImageRemoval;
import org.whiskerstudio.project.ProjectStore;

/** {@code whisker cache}: shows the caches, trims what removed images left, clears them. */
class CacheCommandTest {
    @TempDir
    Path temp;

    private static String run(int expectedExit, String... args) {
        PredictCommandTest.Run r = PredictCommandTest.run(args);
        assertEquals(expectedExit, r.exit(), r.err());
        return r.out();
    }

    @Test
    void showTrimAndClear() throws IOException {
        Path project = temp.resolve("p");
        Path data = Files.createDirectories(temp.resolve("data"));
        for (int i = 0; i < 4; i++) {
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, i, 0xFFFFFF);
            ImageIO.write(img, "png", data.resolve(i + ".png").toFile());
        }
        run(0, "import", project.toString(), data.toString(), "--create");
        assertTrue(run(0, "cache", project.toString()).contains("No caches"));
        try (ProjectStore store = ProjectStore.open(project)) {
            List<ImageAsset> images = store.images(ImageQuery.ALL);
            List<TensorCache.Item> items = images.stream().map(a -> new TensorCache.Item(a.sha256(),
                    store.layout().resolveStored(a.storedPath()))).toList();
            TensorCache.open(store.layout(), new Preprocessing(8, 8, 1, ResizeMode.STRETCH))
                    .build(items, 1, Progress.NONE, Cancellation.none());
            ImageRemoval.remove(store, images.get(0).id());
        }

        String shown = run(0, "cache", project.toString());
        assertTrue(shown.matches("(?s).*8x8x1-stretch\\s+1\\s+4\\s+1\\s.*"), shown);

        String trimmed = run(0, "cache", project.toString(), "--trim");
        assertTrue(trimmed.contains("Dropped 1 cached examples of removed images from 1 segment(s)"), trimmed);
        assertTrue(trimmed.matches("(?s).*8x8x1-stretch\\s+1\\s+3\\s+0\\s.*"), trimmed);

        String cleared = run(0, "cache", project.toString(), "--clear");
        assertTrue(cleared.contains("Deleted the caches") && cleared.contains("No caches"), cleared);
    }
}
