package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.detection.FakeDetectors;

/**
 * Model-assisted boxes on the Label screen without a toolkit: a detector run made by hand finds three boxes on every
 * 640 x 480 image (a cat at 0.9, a dog at 0.6, a cat at 0.3, and for the second run a bird the project has no class
 * for); accepting writes real, undoable box regions marked as the run's suggestions.
 */
class BoxAssistViewModelTest {
    private static final Detection CAT = new Detection(0, new Shape.Box(10, 10, 110, 90), 0.9);
    private static final Detection DOG = new Detection(1, new Shape.Box(200, 100, 300, 220), 0.6);
    private static final Detection FAINT_CAT = new Detection(0, new Shape.Box(400, 300, 450, 340), 0.3);
    private static final Detection BIRD = new Detection(2, new Shape.Box(500, 20, 560, 60), 0.95);
    @TempDir
    Path temp;
    private ProjectSession session;
    private LabelViewModel labels;
    private BoxAssistViewModel model;
    private FakeDetectors detectors;

    @BeforeEach
    void open() {
        ProjectStore store = LabellingFixture.projectWithImages(temp.resolve("p"), 3);
        store.ensureLabelClass("cat");
        store.ensureLabelClass("dog");
        session = new ProjectSession(store);
        labels = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        labels.projectOpened(Optional.of(session));
        detectors = new FakeDetectors().run(5, "boxes", List.of("cat", "dog"), List.of(CAT, DOG, FAINT_CAT))
                .run(6, "birds too", List.of("cat", "dog", "bird"), List.of(BIRD));
        labels.setDetectors(detectors);
        model = labels.boxAssist();
        model.readRuns();
        model.helperProperty().set(Optional.of(model.runs().get(0)));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<Annotation> stored() {
        return new AnnotationStore(session.store()).ofImage(labels.currentProperty().get().orElseThrow().id());
    }

    @Test
    void offersTheBoxesAtOrAboveTheThresholdBestFirst() {
        assertEquals(0.5, model.thresholdProperty().get(), "the run's own threshold first");
        assertEquals(List.of(CAT, DOG), model.offered());
        assertEquals(1, detectors.asked().size(), "the shown image was asked about once");
        assertTrue(detectors.asked().get(0).toString().endsWith(".jpg"), "the stored file: " + detectors.asked());
        model.thresholdProperty().set(0.2);
        assertEquals(List.of(CAT, DOG, FAINT_CAT), model.offered());
        model.thresholdProperty().set(0.7);
        assertEquals(List.of(CAT), model.offered());
        assertEquals("cat 0.90", model.caption(CAT));
    }

    @Test
    void anUnsureDetectorSaysWhatItFoundUnderTheThreshold() {
        assertEquals("", model.belowThresholdProperty().get(), "boxes are offered: nothing to explain");
        model.thresholdProperty().set(0.95);
        assertEquals(List.of(), model.offered());
        assertEquals("3 boxes scored under 0.95 (best 0.90): lower the threshold to see them.",
                model.belowThresholdProperty().get());
        model.thresholdProperty().set(0.5);
        model.acceptAll();
        model.thresholdProperty().set(0.95);
        assertEquals("1 box scored under 0.95 (best 0.30): lower the threshold to see it.",
                model.belowThresholdProperty().get(), "boxes already drawn are not counted");
    }

    @Test
    void acceptingTheBestAddsAnUndoableBoxOfTheProjectsClassMarkedAsTheRunsSuggestion() {
        model.acceptBest();
        List<Annotation> after = stored();
        assertEquals(1, after.size());
        assertEquals(CAT.box(), after.get(0).shape());
        assertEquals("cat", labels.usageOf(after.get(0).classId()).orElseThrow().labelClass().name());
        assertEquals(Map.of(after.get(0).id(), new LabelSource.Suggested(5, 0.9)),
                new AnnotationStore(session.store()).sources(List.of(after.get(0).id())));
        assertEquals(List.of(DOG), model.offered(), "the accepted box is drawn now: not offered again");
        assertEquals(after.get(0).id(), labels.selectedProperty().get(), "selected, so 1-9 can re-class it");
        labels.undo();
        assertEquals(List.of(), stored());
        assertEquals(List.of(CAT, DOG), model.offered(), "taken back, it is offered again");
    }

    @Test
    void acceptingAllIsOneEditAndOneUndo() {
        model.acceptAll();
        assertEquals(2, stored().size());
        assertEquals(List.of(), model.offered());
        assertEquals("Undo Accept 2 found boxes", labels.undoTextProperty().get());
        labels.undo();
        assertEquals(List.of(), stored());
        assertEquals(2, model.offered().size());
    }

    @Test
    void dismissedBoxesStayAwayOnThisImageOnly() {
        model.dismissBest();
        assertEquals(List.of(DOG), model.offered());
        model.dismiss(DOG);
        assertEquals(List.of(), model.offered());
        model.acceptAll();
        assertEquals(List.of(), stored(), "nothing offered: nothing accepted");
        labels.next();
        assertEquals(List.of(CAT, DOG), model.offered(), "the next image offers its own boxes");
    }

    @Test
    void aClassTheProjectLacksIsRefusedWithTheReason() {
        model.helperProperty().set(Optional.of(model.runs().get(1)));
        assertEquals(List.of(BIRD), model.offered());
        model.acceptBest();
        assertEquals(List.of(), stored());
        assertTrue(labels.statusProperty().get().startsWith("No class named bird in this project"),
                labels.statusProperty().get());
    }

    @Test
    void noHelperOffersNothing() {
        model.helperProperty().set(Optional.empty());
        assertEquals(List.of(), model.offered());
        model.acceptBest();
        assertEquals("Choose a detector run to find boxes first.", labels.statusProperty().get());
    }
}
