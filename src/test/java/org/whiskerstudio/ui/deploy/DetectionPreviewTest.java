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
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.detection.FakeDetectors;

/** The Deploy screen with a detector run chosen, headless: a file tried shows its boxes drawn and listed. */
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

    /** Lists one run, the detector; the screen's classifier part never loads it (its kind offers no prediction). */
    private static final class OneRun implements DeployService {
        @Override
        public List<DeployableModel> models() {
            return List.of(DeployableModel.run(3, "Tiny YOLO (run 3, detector)", ModelKind.DETECTOR, "a detector"));
        }

        @Override
        public LoadedModel load(DeployableModel model) throws IOException {
            throw new IOException("a detector is not loaded as a classifier");
        }

        @Override
        public ModelCard export(long runId, Path out, boolean withOnnx, Progress progress) throws IOException {
            throw new IOException("not in this test");
        }

        @Override
        public OnnxParity exportOnnx(long runId, Path out, Progress progress) throws IOException {
            throw new IOException("not in this test");
        }

        @Override
        public DeployableModel importBundle(Path bundle) throws IOException {
            throw new IOException("not in this test");
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path temp = Files.createTempDirectory("deploy-boxes");
        picture = FakeDetectors.picture(temp.resolve("street.png"), 320, 240,
                List.of(new GroundTruth(0, CAT.box()), new GroundTruth(1, DOG.box())));
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 1));
        TaskExecutor executor = TaskExecutor.direct();
        deploy = new DeployViewModel(executor, Notifier.SILENT, store -> Optional.of(new OneRun()));
        detector = new DetectorTryViewModel(executor, Notifier.SILENT, deploy.chosenProperty());
        detector.setAccess(new FakeDetectors().run(3, "Tiny YOLO", List.of("cat", "dog"), List.of(CAT, DOG)));
        DeployView view = new DeployView(deploy, detector);
        deploy.projectOpened(Optional.of(session));
        detector.projectOpened(Optional.of(session));
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
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve("deploy-detector.png").toFile());
    }
}
