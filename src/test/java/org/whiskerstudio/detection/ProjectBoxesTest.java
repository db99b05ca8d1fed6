package org.whiskerstudio.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape.Box;
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
    void boxesOfNearlyOneShapeGetOneAnchorSoNoTwinAnchorsSplitAnObjectsConfidence() {
        // 20 boxes of 120 x 80 to 126 x 84 on 128 x 128 pictures: 5 anchors would be allowed (4 boxes each), but a
        // second anchor raises the mean IoU by far less than 0.1, so there is one, their mean size in cells of 16.
        List<DetectionLabels.Labelled> images = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double w = 120 + 6 * (i % 5) / 4.0;
            double h = 80 + 4 * (i / 5) / 3.0;
            images.add(new DetectionLabels.Labelled(i, "sha" + i, Path.of(i + ".png"), 128, 128,
                    List.of(new GroundTruth(0, new Box(0, 0, w, h)))));
        }
        List<Anchor> anchors = new ProjectBoxes(() -> new DetectionLabels(List.of("cat"), images, 0)).anchors(128, 8);

        assertEquals(1, anchors.size(), anchors.toString());
        assertEquals(123 / 16.0, anchors.get(0).width(), 0.01);
        assertEquals(82 / 16.0, anchors.get(0).height(), 0.01);
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
