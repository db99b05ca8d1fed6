package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

class ThumbnailCacheTest {
    @TempDir
    Path tmp;
    private ProjectStore store;
    private ImageAsset image;
    private ThumbnailCache cache;

    @BeforeEach
    void importOneImage() {
        store = ProjectStore.create(tmp.resolve("project"), "p");
        Path file = TestImages.write(tmp.resolve("photo.jpg"), 500, 250, 1);
        new ImageImporter(store, 1).run(ImportRequest.of(List.of(file)), Progress.NONE, Cancellation.none());
        image = store.images(ImageQuery.ALL).get(0);
        cache = new ThumbnailCache(store.layout());
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @Test
    void deletedThumbnailIsRemadeFromTheStoredImage() throws IOException, ImageRejected {
        Path thumb = store.layout().thumbnail(image.sha256());
        Files.delete(thumb);

        Path remade = cache.thumbnailOf(image);

        assertEquals(thumb, remade);
        BufferedImage pixels = ImageIO.read(remade.toFile());
        assertEquals(ImageDecoder.THUMBNAIL_SIZE, pixels.getWidth());
        assertEquals(ImageDecoder.THUMBNAIL_SIZE / 2, pixels.getHeight());
    }

    @Test
    void wholeClearedCacheFolderIsRemade() throws IOException, ImageRejected {
        try (var files = Files.walk(store.layout().thumbnails())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        Path remade = cache.thumbnailOf(image);

        assertTrue(Files.isRegularFile(remade));
        assertTrue(ImageIO.read(remade.toFile()) != null);
    }

    @Test
    void existingThumbnailIsReturnedWithoutRewriting() throws IOException, ImageRejected {
        Path thumb = store.layout().thumbnail(image.sha256());
        byte[] before = Files.readAllBytes(thumb);

        Path returned = cache.thumbnailOf(image);

        assertEquals(thumb, returned);
        assertArrayEquals(before, Files.readAllBytes(thumb));
    }

    @Test
    void missingStoredImageFailsInsteadOfMakingAThumbnail() throws IOException {
        Files.delete(store.layout().thumbnail(image.sha256()));
        Files.delete(store.layout().resolveStored(image.storedPath()));

        assertThrows(IOException.class, () -> cache.thumbnailOf(image));
        assertTrue(Files.notExists(store.layout().thumbnail(image.sha256())));
    }
}
