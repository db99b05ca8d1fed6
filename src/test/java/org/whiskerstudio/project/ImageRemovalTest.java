package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.dataset.DatasetFixture;

class ImageRemovalTest {
    @TempDir
    Path temp;

    @Test
    void removingAStoredImageDeletesItsRowLabelsAndFile() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            long kept = DatasetFixture.file(store, DatasetFixture.png(8, 8, Color.RED), "red");
            long gone = DatasetFixture.file(store, DatasetFixture.png(8, 8, Color.BLUE), "blue");
            Path file = store.layout().resolveStored(image(store, gone).storedPath());
            assertTrue(Files.isRegularFile(file));

            Optional<ImageRemoval.Removed> removed = ImageRemoval.remove(store, gone);

            assertTrue(removed.orElseThrow().fileDeleted());
            assertFalse(Files.exists(file));
            assertEquals(List.of(kept), store.images(ImageQuery.ALL).stream().map(ImageAsset::id).toList());
            assertEquals(Optional.empty(), ImageRemoval.remove(store, gone), "removed once");
        }
    }

    @Test
    void aFileLinkedInPlaceOutsideTheImagesFolderIsNeverDeleted() throws IOException {
        Path photo = Files.write(temp.resolve("mine.png"), DatasetFixture.png(8, 8, Color.GREEN));
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            String hash = Hashes.sha256Hex(Files.readAllBytes(photo));
            store.addImages(List.of(new NewImage(hash, "mine.png", store.layout().relativize(photo), photo.toString(),
                    8, 8, "png", Files.size(photo), Optional.empty())));
            long id = store.images(ImageQuery.ALL).get(0).id();

            assertFalse(ImageRemoval.remove(store, id).orElseThrow().fileDeleted());
            assertTrue(Files.isRegularFile(photo), "the user's file stays");
            assertEquals(0, store.imageCount());
        }
    }

    private static ImageAsset image(ProjectStore store, long id) {
        return store.images(ImageQuery.ALL).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }
}
