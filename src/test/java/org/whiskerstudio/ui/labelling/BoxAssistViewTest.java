package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.detection.FakeDetectors;

/** The Label screen with a detector run as helper, headless: its boxes drawn dashed, accepted by click and keys. */
@ExtendWith(ApplicationExtension.class)
class BoxAssistViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Detection CAT = new Detection(0, new Shape.Box(40, 60, 160, 170), 0.92);
    private static final Detection DOG = new Detection(1, new Shape.Box(220, 90, 360, 250), 0.71);
    private ProjectSession session;
    private LabelViewModel model;
    private AnnotationCanvas canvas;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path temp = Files.createTempDirectory("box-assist");
        for (int i = 0; i < 2; i++) { // two pictures that differ, so the import keeps both
            FakeDetectors.picture(temp.resolve("data").resolve("photo-" + i + ".png"), 400, 300,
                    List.of(new GroundTruth(0, CAT.box().translated(i, 0)), new GroundTruth(1, DOG.box())));
        }
        ProjectStore project = ProjectStore.create(temp.resolve("p"), "p");
        new ImageImporter(project, 1).run(ImportRequest.of(List.of(temp.resolve("data"))), Progress.NONE,
                new Cancellation());
        project.ensureLabelClass("cat");
        project.ensureLabelClass("dog");
        session = new ProjectSession(project);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        model.setDetectors(new FakeDetectors().run(9, "Tiny YOLO", List.of("cat", "dog"), List.of(CAT, DOG)));
        model.projectOpened(Optional.of(session));
        LabelView view = new LabelView(model);
        Scene scene = new Scene((Parent) view.node(), 1024, 700); // the smallest window the screens fit
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.activate();
        model.boxAssist().helperProperty().set(Optional.of(model.boxAssist().runs().get(0)));
        canvas = (AnnotationCanvas) scene.lookup("#label-canvas");
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<Annotation> regions() {
        return new AnnotationStore(session.store()).ofImage(model.currentProperty().get().orElseThrow().id());
    }

    private Point2D screen(double imageX, double imageY) {
        return canvas.localToScreen(canvas.toScreen(imageX, imageY));
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    @Test
    void theFoundBoxesAreDrawnAndAClickAcceptsOneUndoably(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup("#label-box-assist").query();
        assertTrue(bar.isVisible(), "the project has a detector run: its row shows");
        assertEquals(2, canvas.proposals().size());
        assertEquals("cat 0.92", canvas.proposals().get(0).caption());
        assertEquals("2 boxes offered", robot.lookup("#label-box-count").queryAs(Label.class).getText());
        shoot(robot, "label-found-boxes.png");
        robot.clickOn(screen(100, 115), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, regions().size());
        assertEquals(CAT.box(), regions().get(0).shape());
        assertEquals(1, canvas.proposals().size(), "the dog is still offered");
        shoot(robot, "label-found-boxes-accepted.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), regions());
        assertEquals(2, canvas.proposals().size());
    }

    @Test
    void aThresholdAboveEveryBoxSaysWhatWasFoundInFullUnderTheControls(FxRobot robot) throws IOException {
        robot.interact(() -> model.boxAssist().thresholdProperty().set(0.95));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, canvas.proposals().size());
        Label message = robot.lookup("#label-box-message").queryAs(Label.class);
        assertEquals("2 boxes scored under 0.95 (best 0.92): lower the threshold to see them.", message.getText());
        assertTrue(message.isVisible());
        javafx.scene.text.Text shown = (javafx.scene.text.Text) message.lookup(".text");
        assertEquals(message.getText(), shown.getText(), "read whole, not cut with an ellipsis, at 1024 px");
        shoot(robot, "label-found-boxes-under-threshold.png");
    }

    @Test
    void keysAcceptTheBestOrAllAndDismiss(FxRobot robot) {
        robot.clickOn(screen(5, 5));
        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("dog 0.71"), canvas.proposals().stream().map(ProposalLayer.Proposal::caption).toList());
        robot.type(KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(DOG.box()), regions().stream().map(Annotation::shape).toList());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).type(KeyCode.Y).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, regions().size(), "the next image: both accepted at once");
        assertEquals(List.of(), canvas.proposals());
    }
}
