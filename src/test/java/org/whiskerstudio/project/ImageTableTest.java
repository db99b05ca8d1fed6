package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image table's statements, run on the store's connection. */
class ImageTableTest {
    @TempDir
    Path tmp;
    private ProjectStore store;

    @BeforeEach
    void createStore() {
        store = ProjectStore.create(tmp.resolve("p"), "p");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anImportWithABlankClassNameAddsNeitherItsImagesNorItsClasses() {
        List<NewImage> batch = List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.tagged("b", "b.png", " "));
        assertThrows(ProjectException.class, () -> store.addImages(batch));
        assertEquals(0, store.read(ImageTable::count));
        assertTrue(store.labelClasses().isEmpty(), "the class made for the first image is rolled back too");
    }

    @Test
    void generatedImagesAreKnownByTheRunThatMadeThem() {
        store.addImages(List.of(NewImages.unlabelled("a", "a.png")));
        store.addImages(List.of(NewImages.tagged("g", "g.png", "cat")), new ImageOrigin.Generated(7));
        long generated = store.imagesByHash(Set.of(NewImages.hashOf("g"))).get(NewImages.hashOf("g")).id();
        assertEquals(Map.of(generated, "7"), store.read(ImageTable::generated));
    }

    @Test
    void pointsLinesAndCirclesGiveAnImageNoClassButBoxesAndObjectsInPartsDo() {
        store.addImages(List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.unlabelled("b", "b.png"),
                NewImages.unlabelled("c", "c.png")));
        long eye = store.ensureLabelClass("eye").id();
        long car = store.ensureLabelClass("car").id();
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        store.write(c -> {
            for (String kind : List.of("point", "line", "circle")) {
                for (int i = 0; i < 2; i++) {
                    c.createStatement().executeUpdate("INSERT INTO annotation(image_id, class_id, kind, geometry, "
                            + "created_at) VALUES (" + images.get(i).id() + ", " + eye + ", '" + kind + "', '{}', 'now')");
                }
            }
            return c.createStatement().executeUpdate("INSERT INTO annotation(image_id, class_id, kind, geometry, "
                    + "created_at) VALUES (" + images.get(2).id() + ", " + car + ", 'parts', '{}', 'now')");
        });

        List<ImageAsset> read = store.images(ImageQuery.ALL);
        assertEquals(List.of(store.labelClasses().get(0).id()), read.get(0).classIds(), "still one class: cat");
        assertEquals(List.of(), read.get(1).classIds(), "only points, lines and circles: no class to train on");
        assertEquals(List.of(car), read.get(2).classIds());
    }

    @Test
    void countsHashesAndUnlabelledImagesComeFromTheSameTable() {
        store.addImages(List.of(NewImages.unlabelled("a", "a.png"), NewImages.tagged("b", "b.png", "cat")));
        assertEquals(2, store.read(ImageTable::count));
        assertEquals(1, store.read(ImageTable::unlabelledCount));
        assertEquals(Set.of(NewImages.hashOf("a"), NewImages.hashOf("b")), store.read(ImageTable::hashes));
        assertEquals(Set.of(NewImages.hashOf("b")),
                store.read(c -> ImageTable.byHash(c, List.of(NewImages.hashOf("b"), "not-stored"))).keySet());
    }
}
