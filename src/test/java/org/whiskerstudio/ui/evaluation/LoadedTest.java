package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.project.ProjectStore;

/** The gallery's files: a series or a text is shown by its thumbnail, since a CSV or a TXT is no picture. */
class LoadedTest {
    @TempDir
    Path temp;

    @Test
    void seriesAndTextsMapToPictureFiles() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.series(store, SequenceFixture.ramp(true, 12, new Random(1)), "rising");
            SequenceFixture.text(store, "purr, the cat naps", "cat");
            Map<Long, Path> files = Loaded.files(store);
            assertEquals(2, files.size());
            for (Path file : files.values()) {
                String name = file.getFileName().toString();
                assertTrue(!name.endsWith(".csv") && !name.endsWith(".txt"), name);
                BufferedImage picture = ImageIO.read(file.toFile());
                assertNotNull(picture, file + " is not a picture");
                assertTrue(picture.getWidth() > 8 && picture.getHeight() > 8);
            }
        }
    }
}
