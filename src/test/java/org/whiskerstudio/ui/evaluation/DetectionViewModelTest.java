package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.DetectionFixture;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionEvaluator;
import org.whiskerstudio.detection.DetectionReport;
import org.whiskerstudio.detection.DetectionConfusion;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.ImageResult;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape.Box;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.FakeDetectors;

/**
 * The Evaluate screen's detection tab without a toolkit, on a stored evaluation made by hand: two images, classes
 * cat and dog.
 * Image 1: a cat found at 0.9 (right), the dog missed, a dog "found" at 0.8 where nothing is (wrong).
 * Image 2: a cat found at 0.3 (right, but under a threshold of 0.5).
 * So cat's AP@0.5 is 1 (both cats found, no wrong box ranked above them), dog's is 0 (its only box is wrong), and
 * mAP@0.5 is their mean, 0.5.
 */
class DetectionViewModelTest {
    private static final Box CAT = new Box(0, 0, 10, 10);
    private static final Box DOG = new Box(20, 20, 30, 30);
    private static final Box NOTHING = new Box(50, 50, 60, 60);
    @TempDir
    Path temp;
    private ProjectSession session;
    private DetectionViewModel model;
    private final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 2));
        DetectionSet set = new DetectionSet(7, "boxes", List.of("cat", "dog"), 0.5, List.of(
                new DetectionSet.Image(11, Optional.empty(), 64, 64, new ImageResult(
                        List.of(new GroundTruth(0, CAT), new GroundTruth(1, DOG)),
                        List.of(new Detection(0, CAT, 0.9), new Detection(1, NOTHING, 0.8)))),
                new DetectionSet.Image(12, Optional.empty(), 64, 64, new ImageResult(
                        List.of(new GroundTruth(0, CAT)), List.of(new Detection(0, CAT, 0.3))))));
        FakeDetectors detectors = new FakeDetectors().run(7, "boxes", set.classes(), List.of())
                .run(8, "never evaluated", set.classes(), List.of()).evaluated(set)
                .evaluatedLater(new DetectionSet(8, "never evaluated", set.classes(), 0.3, set.images()));
        model = new DetectionViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.setOpenInLabel(opened::add);
        model.projectOpened(Optional.of(session));
        model.setAccess(detectors);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anOlderEvaluationRankingBestClassesOnlySaysSo() {
        DetectionSet newer = new DetectionSet(7, "boxes", List.of("cat"), 0.5, List.of(new DetectionSet.Image(11,
                Optional.empty(), 64, 64, new ImageResult(List.of(new GroundTruth(0, CAT)),
                List.of(new Detection(0, CAT, 0.9))))));
        DetectionSet older = new DetectionSet(7, "boxes", newer.classes(), 0.5, newer.images(), true);
        DetectionReport report = DetectionEvaluator.evaluate(newer.results(), 1);

        assertTrue(DetectionViewModel.summaryOf(report, newer).endsWith("1 test image, 1 box"));
        assertTrue(DetectionViewModel.summaryOf(report, older).endsWith("an older evaluation, each box ranked as its "
                + "best class only: Evaluate again to compare with newer runs"), DetectionViewModel.summaryOf(report,
                older));
    }

    @Test
    void anEvaluationUnderWaySaysHowFarItIs() {
        assertEquals("Finding boxes: 32 of 100 images",
                DetectionViewModel.progressText(new ProgressThrottle.Update(32, 100, "Finding boxes")));
        assertEquals("Boxes found on every image; scoring them", DetectionViewModel.progressText(
                new ProgressThrottle.Update(100, 100, "Boxes found on every image; scoring them")));
        assertEquals("Reading the boxed images",
                DetectionViewModel.progressText(new ProgressThrottle.Update(0, -1, "Reading the boxed images")));
    }

    @Test
    void choosesTheFirstDetectorRunAndShowsItsFiguresPerClass() {
        assertEquals(2, model.runs().size());
        assertEquals(7, model.runProperty().get().id());
        assertEquals(0.5, model.reportProperty().get().orElseThrow().map50().getAsDouble(), 1e-12);
        assertEquals(List.of("cat", "dog"), model.rows().stream().map(ClassApRow::name).toList());
        assertEquals("1.000", model.rows().get(0).ap50());
        assertEquals("0.000", model.rows().get(1).ap50());
        assertEquals(2, model.rows().get(0).truths());
        assertTrue(model.summaryProperty().get().startsWith("mAP@0.5 0.500"), model.summaryProperty().get());
        assertTrue(model.summaryProperty().get().endsWith("2 test images, 3 boxes"), model.summaryProperty().get());
    }

    @Test
    void theMatrixHasABackgroundRowAndColumnAtTheThreshold() {
        DetectionConfusion m = model.confusionProperty().get().orElseThrow();
        int background = m.background();
        assertEquals(1, m.count(0, 0), "the cat at 0.9");
        assertEquals(1, m.count(0, background), "the cat at 0.3 is under 0.5: missed");
        assertEquals(1, m.count(1, background), "the dog missed");
        assertEquals(1, m.count(background, 1), "a dog where nothing is");
        assertEquals("1 box of cat missed (no box at or above the threshold)", model.cellText(0, background));
        assertEquals("1 box: found as dog where nothing was drawn (false positives)", model.cellText(background, 1));
        model.scoreThresholdProperty().set(0.2);
        assertEquals(2, model.confusionProperty().get().orElseThrow().count(0, 0));
    }

    @Test
    void galleriesFollowTheThresholdAndOpenTheImageInLabel() {
        assertEquals(List.of("missed: dog", "missed: cat"), model.misses().stream().map(BoxGalleryItem::caption)
                .toList());
        assertEquals(List.of("wrong: dog 0.80"), model.falsePositives().stream().map(BoxGalleryItem::caption).toList());
        BoxGalleryItem miss = model.misses().get(0);
        assertEquals(List.of(new GroundTruth(1, DOG)), miss.truths(), "the missed dog, solid");
        assertEquals(2, miss.detections().size(), "the boxes at or above 0.5, dashed");
        model.scoreThresholdProperty().set(0.85);
        assertEquals(List.of(), model.falsePositives(), "the wrong dog scored 0.8");
        model.scoreThresholdProperty().set(0.2);
        assertEquals(List.of("missed: dog"), model.misses().stream().map(BoxGalleryItem::caption).toList());
        model.open(model.misses().get(0));
        assertEquals(List.of(11L), opened);
    }

    @Test
    void theClassesTabLeavesDetectorRunsToTheBoxesTab() {
        RunStore runs = new RunStore(session.store());
        TrainingRun yolo = runs.create("yolo", DetectionFixture.tinyDetector(), TrainingConfig.defaults(),
                Provenance.here("test", "cpu", ""));
        runs.setStatus(yolo.id(), RunStatus.COMPLETED, "");
        runs.setProgress(yolo.id(), new RunProgress(1, 1, OptionalInt.of(1), OptionalDouble.of(1.0),
                OptionalDouble.empty()));
        assertEquals(ModelKind.DETECTOR, runs.get(yolo.id()).orElseThrow().kind());
        EvaluableRuns found = EvaluableRuns.read(runs);
        assertEquals(List.of(), found.choices());
        assertEquals(EvaluableRuns.ONLY_DETECTORS, found.emptyMessage());
    }

    @Test
    void aRunNeverEvaluatedSaysHowAndIsEvaluatedHere() {
        model.runProperty().set(model.runs().get(1));
        assertTrue(model.reportProperty().get().isEmpty());
        assertEquals(DetectionViewModel.NOT_EVALUATED, model.statusProperty().get());
        assertEquals(List.of(), model.rows());
        assertEquals(List.of(), model.misses());
        assertEquals("", model.summaryProperty().get());
        model.evaluate();
        assertEquals(0.5, model.reportProperty().get().orElseThrow().map50().getAsDouble(), 1e-12);
        assertEquals(0.3, model.scoreThresholdProperty().get(), 1e-12, "the run's own threshold");
        assertEquals("", model.statusProperty().get());
        assertTrue(!model.runningProperty().get());
    }
}
