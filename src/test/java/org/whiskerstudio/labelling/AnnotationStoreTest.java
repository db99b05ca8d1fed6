package org.whiskerstudio.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ProjectStore;

class AnnotationStoreTest {
    @TempDir
    Path temp;
    private ProjectStore project;
    private AnnotationStore store;
    private long image;
    private long cat;

    @BeforeEach
    void setUp() {
        project = LabellingFixture.projectWithImages(temp.resolve("p"), 3);
        store = new AnnotationStore(project);
        image = LabellingFixture.imageId(project, 0);
        cat = project.ensureLabelClass("cat").id();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void boxesPolygonsAndFlagsSurviveReopeningExactly() {
        Shape.Box box = new Shape.Box(10.25, 20.5, 110.75, 220.125);
        Shape.Polygon polygon = new Shape.Polygon(List.of(new Point(1, 2), new Point(30.5, 2), new Point(15, 40.75)));
        store.apply(List.of(), List.of(
                new Annotation(0, image, cat, box, Set.of(Annotation.DIFFICULT)),
                new Annotation(0, image, cat, polygon, Set.of(Annotation.CROWD, Annotation.TRUNCATED)),
                new Annotation(0, image, cat, new Shape.Tag(), Set.of())));
        project.close();
        project = ProjectStore.open(temp.resolve("p"));
        List<Annotation> read = new AnnotationStore(project).ofImage(image);
        assertEquals(3, read.size());
        assertEquals(new Shape.Tag(), read.get(0).shape(), "tags come first");
        assertEquals(box, read.get(1).shape());
        assertEquals(Set.of(Annotation.DIFFICULT), read.get(1).flags());
        assertEquals(polygon, read.get(2).shape());
        assertEquals(Set.of(Annotation.CROWD, Annotation.TRUNCATED), read.get(2).flags());
    }

    @Test
    void applyIsAllOrNothing() {
        Annotation kept = store.apply(List.of(), List.of(new Annotation(0, image, cat, new Shape.Box(0, 0, 5, 5), Set.of()))).get(0);
        Annotation badClass = new Annotation(0, image, 9_999, new Shape.Box(1, 1, 2, 2), Set.of());
        assertThrows(RuntimeException.class, () -> store.apply(List.of(kept.id()), List.of(badClass)));
        assertEquals(List.of(kept), store.ofImage(image), "the delete in the failed change was rolled back");
    }

    @Test
    void progressCountsLabelledAndReviewedImages() {
        store.apply(List.of(), List.of(new Annotation(0, image, cat, new Shape.Tag(), Set.of())));
        store.setReviewed(image, true);
        assertEquals(new LabellingProgress(3, 1, 1), store.progress());
        assertTrue(store.isReviewed(image));
        store.setReviewed(image, false);
        assertFalse(store.isReviewed(image));
    }

    @Test
    void boxCornersAreOrderedAndClippedToTheImage() {
        Shape.Box b = new Shape.Box(50, 60, -10, 10).clippedTo(40, 40);
        assertEquals(new Shape.Box(0, 10, 40, 40), b);
    }
}
