package org.whiskerstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.detection.FakeDetectors;

/** Deploy's detector part without a toolkit: it steps in for detector runs only and lists the boxes of each file. */
class DetectorTryViewModelTest {
    private static final Detection CAT = new Detection(0, new Shape.Box(12, 30, 52, 82), 0.91);
    private static final Detection DOG = new Detection(1, new Shape.Box(0, 0, 10, 10), 0.4);
    @TempDir
    Path temp;
    private ProjectSession session;
    private final SimpleObjectProperty<DeployableModel> chosen = new SimpleObjectProperty<>();
    private DetectorTryViewModel model;

    @BeforeEach
    void open() {
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 1));
        model = new DetectorTryViewModel(TaskExecutor.direct(), Notifier.SILENT, chosen);
        model.projectOpened(Optional.of(session));
        model.setAccess(new FakeDetectors().run(3, "boxes", List.of("cat", "dog"), List.of(CAT, DOG)));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aClassifierRunLeavesTheScreenToTheClassifier() {
        chosen.set(DeployableModel.run(2, "LeNet (run 2)"));
        assertFalse(model.activeProperty().get());
        assertFalse(model.readyProperty().get());
        model.tryFiles(List.of(temp));
        assertEquals(List.of(), model.results());
    }

    @Test
    void aDetectorRunListsTheBoxesOfEachFileTried() throws Exception {
        chosen.set(DeployableModel.run(3, "boxes (run 3, detector)", ModelKind.DETECTOR, ""));
        assertTrue(model.activeProperty().get());
        assertTrue(model.readyProperty().get());
        assertEquals("boxes: a detector of 2 classes (cat, dog). Files tried show its boxes, with class and score.",
                model.infoProperty().get());
        Path street = Files.writeString(temp.resolve("street.png"), "not read by the hand-made detector");
        model.tryFiles(List.of(street));
        BoxResult row = model.results().get(0);
        assertEquals(row, model.selectedProperty().get());
        assertTrue(row.summary().startsWith("street.png: 2 boxes: cat 0.91, dog 0.40 ("), row.summary());
        assertEquals("cat 0.91  at 12, 30  size 40 x 52 px", row.line(CAT));
        chosen.set(null);
        assertFalse(model.activeProperty().get());
        assertEquals(List.of(), model.results());
    }
}
