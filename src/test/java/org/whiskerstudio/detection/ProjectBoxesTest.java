package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectStore;

/** A project's boxes as the detector template and training read them: classes, anchors, negatives, warnings. */
class ProjectBoxesTest {
    @TempDir
    Path temp;

    @Test
    void anchorsAreFittedToTheBoxesOnTheInputAndFewerWithFewBoxes() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            assertEquals(DetectorTemplates.DEFAULT_ANCHORS, ProjectBoxes.of(store).anchors(128, 8),
                    "no box yet: the default anchors");
            DetectionFixture.squaresAndBars(store, 4, 1);
            ProjectBoxes boxes = ProjectBoxes.of(store);

            assertEquals(2, boxes.classes());
            // 8 boxes, 4 per anchor: 2 anchors. The 64 x 48 pictures are letterboxed by 128 / 64 = 2, so the
            // 16 x 16 square is 32 x 32 input pixels = 2 x 2 cells of 16 and the 28 x 8 bar 56 x 16 = 3.5 x 1 cells.
            List<Anchor> anchors = boxes.anchors(128, 8);
            assertEquals(List.of(new Anchor(3.5, 1), new Anchor(2, 2)), anchors);
        }
    }

    @Test
    void onlyReviewedImagesWithoutBoxesAreNegativesAndFewBoxesAreWarnedAbout() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DetectionFixture.squaresAndBars(store, 3, 2);
            long reviewed = DetectionFixture.add(store, DatasetFixture.png(64, 48, java.awt.Color.DARK_GRAY));
            DetectionFixture.add(store, DatasetFixture.png(64, 48, java.awt.Color.GRAY));
            new AnnotationStore(store).setReviewed(reviewed, true);

            DetectionLabels withNegatives = DetectionLabels.read(store, true);
            DetectionLabels without = DetectionLabels.read(store, false);

            assertEquals(4, withNegatives.images().size(), "three boxed pictures and the reviewed empty one");
            assertEquals(1, withNegatives.skipped(), "the unreviewed empty picture is left out");
            assertTrue(withNegatives.images().stream().anyMatch(i -> i.imageId() == reviewed && i.truths().isEmpty()));
            assertEquals(3, without.images().size());
            List<String> warnings = withNegatives.warnings();
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Class square has only 3 boxes"), warnings.toString());
        }
    }
}
