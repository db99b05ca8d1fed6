package org.whiskerstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;

/**
 * Deploy's detector part without a toolkit: it steps in when the model loaded finds boxes, lists the boxes of each
 * file, finds them again when a threshold moves, and the moved thresholds go into the bundle.
 */
class DetectorTryViewModelTest {
    private static final Detection CAT = new Detection(0, new Shape.Box(12, 30, 52, 82), 0.91);
    private static final Detection DOG = new Detection(1, new Shape.Box(0, 0, 10, 10), 0.4);
    @TempDir
    Path temp;
    private ProjectSession session;
    private final FakeBoxService service = new FakeBoxService(List.of("cat", "dog"), List.of(CAT, DOG));
    private DeployViewModel deploy;
    private DetectorTryViewModel model;

    @BeforeEach
    void open() {
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 1));
        deploy = new DeployViewModel(TaskExecutor.direct(), Notifier.SILENT, store -> Optional.of(service));
        model = new DetectorTryViewModel(TaskExecutor.direct(), Notifier.SILENT, deploy);
        deploy.projectOpened(Optional.of(session));
        deploy.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aClassifierLeavesTheScreenToTheClassifier() {
        deploy.chosenProperty().set(FakeBoxService.CLASSIFIER);
        assertFalse(model.activeProperty().get());
        assertEquals(null, deploy.thresholdsProperty().get(), "a classifier has no thresholds");
        model.tryFiles(List.of(temp));
        assertEquals(List.of(), model.results());
    }

    @Test
    void aDetectorListsTheBoxesOfEachFileTried() throws Exception {
        assertEquals(FakeBoxService.DETECTOR, deploy.chosenProperty().get());
        assertTrue(model.activeProperty().get());
        assertTrue(deploy.bundleOfferedProperty().get() && !deploy.onnxOfferedProperty().get(),
                "a detector is bundled, without ONNX");
        assertTrue(model.infoProperty().get().startsWith("Tiny YOLO: a detector of 2 classes (cat, dog). Files tried "
                + "show its boxes"), model.infoProperty().get());
        Path street = Files.writeString(temp.resolve("street.png"), "not read by the hand-made detector");
        model.tryFiles(List.of(street));
        BoxResult row = model.results().get(0);
        assertEquals(row, model.selectedProperty().get());
        assertTrue(row.summary().startsWith("street.png: 2 boxes: cat 0.91, dog 0.40 ("), row.summary());
        assertEquals("cat 0.91  at 12, 30  size 40 x 52 px", row.line(CAT));
        deploy.chosenProperty().set(FakeBoxService.CLASSIFIER);
        assertFalse(model.activeProperty().get());
        assertEquals(List.of(), model.results());
    }

    @Test
    void aMovedConfidenceFindsTheFilesAgainAndGoesIntoTheBundle() throws Exception {
        Path street = Files.writeString(temp.resolve("street.png"), "x");
        Path bad = Files.writeString(temp.resolve("bad.png"), "x");
        model.tryFiles(List.of(street, bad));
        assertEquals(2, model.results().size());
        model.selectedProperty().set(model.results().get(1));

        model.setConfidence(0.5);

        assertEquals(new DetectionSettings(0.5, DetectionSettings.DEFAULT_NMS_IOU), deploy.thresholdsProperty().get());
        assertEquals(List.of(CAT), model.results().get(0).boxes(), "the dog at 0.40 is under the new threshold");
        assertEquals("bad.png: not readable: not an image", model.results().get(1).summary());
        assertEquals(model.results().get(1), model.selectedProperty().get(), "the file shown stays shown");
        model.setNmsIou(0.3);
        deploy.exportBundle(temp.resolve("yolo.whisker-model.zip"));
        assertEquals(Optional.of(new DetectionSettings(0.5, 0.3)), service.exported.get(0).thresholds());
        assertFalse(service.exported.get(0).withOnnx(), "a detector's bundle has no ONNX, whatever the box says");
    }

    @Test
    void aFolderOfADetectorIsWrittenOneRowPerBoxWithTheMovedThreshold() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.write(folder.resolve("a.png"), new byte[] {1});
        Files.write(folder.resolve("b.png"), new byte[] {1});
        model.setConfidence(0.3);
        Path csv = temp.resolve("boxes.csv");

        deploy.predictFolder(folder, csv);

        assertEquals(List.of("file,class,score,x,y,w,h",
                "a.png,cat,0.910000,12.00,30.00,40.00,52.00", "a.png,dog,0.400000,0.00,0.00,10.00,10.00",
                "b.png,cat,0.910000,12.00,30.00,40.00,52.00", "b.png,dog,0.400000,0.00,0.00,10.00,10.00"),
                Files.readAllLines(csv));
        assertEquals("Predicted 2 images into boxes.csv (one row per box).", deploy.taskMessageProperty().get());
        model.setConfidence(0.5);
        deploy.predictFolder(folder, csv);
        assertEquals(3, Files.readAllLines(csv).size(), "a header and the two cats");
    }
}
