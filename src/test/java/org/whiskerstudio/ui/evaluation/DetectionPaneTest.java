package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.whiskerstudio.detection.ImageResult;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape.Box;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.detection.DetectionSet;
import org.whiskerstudio.ui.detection.FakeDetectors;
import org.whiskerstudio.ui.map.MapViewModel;

/**
 * The Evaluate screen of a project with a detector run only, headless: the boxes' tab comes first with its figures,
 * matrix and galleries drawn on real pictures, and a gallery image opens on the Label screen.
 */
@ExtendWith(ApplicationExtension.class)
class DetectionPaneTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private ProjectSession session;
    private EvaluationView view;
    private Stage stage;
    private final List<Long> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path temp = Files.createTempDirectory("detection-pane");
        session = new ProjectSession(LabellingFixture.projectWithImages(temp.resolve("p"), 1));
        TaskExecutor executor = TaskExecutor.direct();
        DetectionViewModel detection = new DetectionViewModel(executor, Notifier.SILENT);
        detection.setOpenInLabel(opened::add);
        detection.projectOpened(Optional.of(session));
        detection.setAccess(new FakeDetectors().run(4, "Tiny YOLO", List.of("cat", "dog"), List.of())
                .evaluated(evaluation(temp)));
        EvaluationViewModel model = new EvaluationViewModel(executor, Notifier.SILENT,
                EvaluationServiceFactory.UNAVAILABLE, MistakeScoringFactory.UNAVAILABLE);
        model.projectOpened(Optional.of(session));
        view = new EvaluationView(model, executor, new MapViewModel(executor, Notifier.SILENT), detection);
        Scene scene = new Scene((Parent) view.node(), 1366, 768);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Twelve pictures of 320 x 240: each has a cat and a dog; the model finds most, misses some, adds a few. */
    private static DetectionSet evaluation(Path temp) throws IOException {
        List<DetectionSet.Image> images = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Box cat = new Box(20 + 5 * i, 30, 120 + 5 * i, 130);
            Box dog = new Box(180, 60 + 4 * i, 290, 170 + 4 * i);
            List<GroundTruth> truths = List.of(new GroundTruth(0, cat), new GroundTruth(1, dog));
            List<Detection> found = new ArrayList<>();
            found.add(new Detection(0, new Box(cat.x1() + 4, cat.y1() + 3, cat.x2() + 2, cat.y2() - 4), 0.95 - 0.02 * i));
            if (i % 3 != 0) {
                found.add(new Detection(1, new Box(dog.x1() - 3, dog.y1() + 2, dog.x2() - 5, dog.y2()), 0.85 - 0.03 * i));
            }
            if (i % 4 == 1) {
                found.add(new Detection(0, new Box(150, 10, 200, 50), 0.7));
            }
            Path file = FakeDetectors.picture(temp.resolve("pictures").resolve("p" + i + ".png"), 320, 240, truths);
            images.add(new DetectionSet.Image(100 + i, Optional.of(file), 320, 240, new ImageResult(truths, found)));
        }
        return new DetectionSet(4, "Tiny YOLO", List.of("cat", "dog"), 0.5, images);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    @Test
    void aProjectWithOnlyADetectorRunOpensOnItsBoxes(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("evaluation-boxes-tab", view.kinds().tabs().getSelectionModel().getSelectedItem().getId());
        String summary = robot.lookup("#evaluation-detector-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("mAP@0.5 "), summary);
        assertTrue(summary.endsWith("12 test images, 24 boxes"), summary);
        TableView<?> table = robot.lookup("#evaluation-detector-classes").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        Node matrix = robot.lookup("#evaluation-detector-matrix-canvas").query();
        assertTrue(matrix.getBoundsInLocal().getWidth() > 100, "the 3 x 3 box matrix is drawn");
        shoot(robot, "evaluate-detection.png");
    }

    @Test
    void aMissClickedOpensItsImageOnTheLabelScreen(FxRobot robot) throws IOException {
        robot.clickOn("Misses (4)");
        shoot(robot, "evaluate-detection-misses.png");
        Node first = robot.lookup(".box-gallery-cell").nth(0).query();
        robot.clickOn(first);
        assertEquals(List.of(100L), opened, "the dog of the first picture was missed");
        robot.clickOn("False positives (3)");
        shoot(robot, "evaluate-detection-false-positives.png");
    }

    @Test
    void theCurvesHaveOneLinePerClass(FxRobot robot) throws IOException {
        robot.clickOn("Precision-recall");
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#evaluation-detector-pr").queryAs(
                javafx.scene.chart.LineChart.class);
        assertEquals(2, chart.getData().size());
        shoot(robot, "evaluate-detection-curves.png");
    }
}
