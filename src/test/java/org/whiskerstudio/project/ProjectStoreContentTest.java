package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes, images, tags and counts in an open store. */
class ProjectStoreContentTest {
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
    void ensureLabelClassIgnoresCase() {
        LabelClass first = store.ensureLabelClass("Cat");
        LabelClass second = store.ensureLabelClass("cat");
        LabelClass third = store.ensureLabelClass("  CAT ");

        assertEquals(first.id(), second.id());
        assertEquals(first.id(), third.id());
        assertEquals("Cat", second.name(), "the first spelling is kept");
        assertEquals(1, store.labelClasses().size());
    }

    @Test
    void ensureLabelClassGivesNewClassesDistinctColours() {
        LabelClass cat = store.ensureLabelClass("cat");
        LabelClass dog = store.ensureLabelClass("dog");

        assertTrue(cat.id() != dog.id());
        assertTrue(!cat.color().equals(dog.color()), cat.color() + " vs " + dog.color());
        assertEquals(List.of("cat", "dog"), store.labelClasses().stream().map(LabelClass::name).toList());
    }

    @Test
    void ensureLabelClassRefusesBlankName() {
        assertThrows(ProjectException.class, () -> store.ensureLabelClass("   "));
        assertEquals(List.of(), store.labelClasses());
    }

    @Test
    void addImagesSkipsStoredHashesAndReturnsHowManyWereAdded() {
        assertEquals(2, store.addImages(List.of(NewImages.unlabelled("a", "a.png"), NewImages.unlabelled("b", "b.png"))));

        int added = store.addImages(List.of(NewImages.unlabelled("a", "a-again.png"), NewImages.unlabelled("c", "c.png"),
                NewImages.unlabelled("c", "c-twice-in-batch.png")));

        assertEquals(1, added);
        assertEquals(List.of("a.png", "b.png", "c.png"),
                store.images(ImageQuery.ALL).stream().map(ImageAsset::fileName).toList());
    }

    @Test
    void addImagesOfNothingAddsNothing() {
        assertEquals(0, store.addImages(List.of()));
        assertEquals(0, store.imageCount());
    }

    @Test
    void addImagesRecordsClassTagAndCreatesTheClass() {
        store.addImages(List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.tagged("b", "b.png", "Cat"),
                NewImages.unlabelled("c", "c.png")));

        LabelClass cat = store.ensureLabelClass("cat");
        Map<String, List<Long>> tags = store.images(ImageQuery.ALL).stream()
                .collect(Collectors.toMap(ImageAsset::fileName, ImageAsset::classIds));
        assertEquals(List.of(cat.id()), tags.get("a.png"));
        assertEquals(List.of(cat.id()), tags.get("b.png"));
        assertEquals(List.of(), tags.get("c.png"));
        assertEquals(1, store.labelClasses().size());
    }

    @Test
    void addImagesRecordsWhatWasImported() {
        NewImage image = NewImages.tagged("a", "a.png", "cat");
        store.addImages(List.of(image));

        ImageAsset asset = store.images(ImageQuery.ALL).get(0);
        assertEquals(image.sha256(), asset.sha256());
        assertEquals(image.storedPath(), asset.storedPath());
        assertEquals(image.width(), asset.width());
        assertEquals(image.height(), asset.height());
        assertEquals(image.format(), asset.format());
        assertEquals(image.sizeBytes(), asset.sizeBytes());
        assertTrue(asset.isLabelled());
        assertEquals(image.sha256(), store.imageHashes().iterator().next());
    }

    @Test
    void summaryCountsImagesPerClassAndUnlabelled() {
        store.ensureLabelClass("bird");
        store.addImages(List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.tagged("b", "b.png", "cat"),
                NewImages.tagged("c", "c.png", "dog"), NewImages.unlabelled("d", "d.png"),
                NewImages.unlabelled("e", "e.png")));

        ProjectSummary summary = store.summary();

        assertEquals("p", summary.name());
        assertEquals(Migrations.LATEST, summary.schemaVersion());
        assertEquals(5, summary.images());
        assertEquals(2, summary.unlabelled());
        Map<String, Integer> perClass = summary.classes().stream()
                .collect(Collectors.toMap(c -> c.labelClass().name(), ClassCount::images));
        assertEquals(Map.of("bird", 0, "cat", 2, "dog", 1), perClass);
    }
}
