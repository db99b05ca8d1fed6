package org.whiskerstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.detection.FakeDetectors;

/**
 * The Deploy screen with a detector run chosen, headless: a file tried shows its boxes drawn and listed, and a moved
 * confidence redraws them.
 */
@ExtendWith(ApplicationExtension.class)
class DetectionPreviewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Detection CAT = new Detection(0, new Shape.Box(30, 40, 150, 160), 0.93);
    private static final Detection DOG = new Detection(1, new Shape.Box(190, 70, 300, 200), 0.58);
    private ProjectSession session;
    private DeployViewModel deploy;
    private DetectorTryViewModel detector;
    private Stage stage;
    private Path picture;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path temp = Files.createTempDirectory("deploy-boxes");
        picture = FakeDetectors.picture(temp.resolve("street.png"), 320, 240,
                List.of(new GroundTruth(0, CAT.box()), new GroundTruth(1, DOG.box())));
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 1));
        TaskExecutor executor = TaskExecutor.direct();
        FakeBoxService service = new FakeBoxService(List.of("cat", "dog"), List.of(CAT, DOG));
        deploy = new DeployViewModel(executor, Notifier.SILENT, store -> Optional.of(service));
        detector = new DetectorTryViewModel(executor, Notifier.SILENT, deploy);
        DeployView view = new DeployView(deploy, detector);
        deploy.projectOpened(Optional.of(session));
        Scene scene = new Scene((Parent) view.node(), 1200, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.activate();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    /** Whether the node and every node holding it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFileTriedOnTheDetectorShowsItsBoxes(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(detector.activeProperty().get());
        Node boxes = robot.lookup("#deploy-detection").query();
        assertTrue(boxes.isVisible());
        assertFalse(shown(robot.lookup("#deploy-results").query()), "the classifier's tries step aside");
        robot.interact(() -> detector.tryFiles(List.of(picture)));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> listed = robot.lookup("#deploy-detector-boxes").queryAs(ListView.class);
        assertEquals(List.of("cat 0.93  at 30, 40  size 120 x 120 px", "dog 0.58  at 190, 70  size 110 x 130 px"),
                listed.getItems());
        assertFalse(shown(robot.lookup("#deploy-bundle-onnx").query()), "a detector has no ONNX to add");
        assertTrue(shown(robot.lookup("#deploy-export").query()), "but is bundled");
        Spinner<?> confidence = robot.lookup("#deploy-detector-confidence").queryAs(Spinner.class);
        assertEquals(0.25, (Double) confidence.getValue(), 1e-9, "the detector's own threshold");
        robot.interact(() -> confidence.getValueFactory().increment(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, deploy.thresholdsProperty().get().confidence(), "kept to hundredths, as the card shows it");
        assertEquals(List.of("cat 0.93  at 30, 40  size 120 x 120 px"), listed.getItems(), "the dog at 0.58 is gone");
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve("deploy-detector.png").toFile());
    }
}
