package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

/** A generator's images join a project as PNG files with their class, marked as made by the run. */
class GeneratedImagesTest {
    @TempDir
    Path temp;

    /** {@code count} distinct 8x8 grey images: image i is all grey level 10 * i. */
    private static List<byte[]> greys(int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] px = new byte[64];
            Arrays.fill(px, (byte) (10 * i));
            out.add(px);
        }
        return out;
    }

    @Test
    void addedImagesCarryTheirClassAndTheRunThatMadeThem() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            Optional<GeneratedImages.Added> added = GeneratedImages.add(store, greys(3), 8, 8, 1, "Sneaker", 5,
                    "gan-run-5", Progress.NONE, new Cancellation());

            assertEquals(Optional.of(new GeneratedImages.Added(3, 0)), added);
            List<ImageAsset> images = store.images(ImageQuery.ALL);
            assertEquals(3, images.size());
            LabelClass sneaker = store.labelClasses().get(0);
            assertEquals("Sneaker", sneaker.name());
            images.forEach(i -> assertEquals(List.of(sneaker.id()), i.classIds()));
            Map<Long, String> generated = store.generatedImages();
            images.forEach(i -> assertEquals("5", generated.get(i.id())));
            assertEquals(Set.of(new LabelSource.Generated(5)), Set.copyOf(new LabelSources(store).all().values()));
            assertEquals("gan-run-5-0002.png", images.get(1).fileName());
            BufferedImage stored = ImageIO.read(store.layout().resolveStored(images.get(2).storedPath()).toFile());
            assertEquals(8, stored.getWidth());
            assertEquals(20, stored.getRaster().getSample(3, 3, 0));
            assertTrue(store.layout().thumbnail(images.get(0).sha256()).toFile().isFile());
        }
    }

    @Test
    void theSameImagesAgainAreCountedAsAlreadyThere() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            GeneratedImages.add(store, greys(2), 8, 8, 1, "Bag", 1, "a", Progress.NONE, new Cancellation());
            Optional<GeneratedImages.Added> again = GeneratedImages.add(store, greys(3), 8, 8, 1, "Bag", 1, "b",
                    Progress.NONE, new Cancellation());

            assertEquals(Optional.of(new GeneratedImages.Added(1, 2)), again);
            assertEquals(3, store.imageCount());
        }
    }

    @Test
    void cancelledAddingRecordsNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            Cancellation cancellation = new Cancellation();
            Progress cancelAfterFirst = (done, total, message) -> cancellation.cancel();

            assertEquals(Optional.empty(), GeneratedImages.add(store, greys(4), 8, 8, 1, "Bag", 1, "a",
                    cancelAfterFirst, cancellation));
            assertEquals(0, store.imageCount());
        }
    }
}
