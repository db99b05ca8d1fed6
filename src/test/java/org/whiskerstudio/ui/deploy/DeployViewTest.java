package org.whiskerstudio.ui.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.deploy.dl4j.Dl4jDeployService;
import org.whiskerstudio.deploy.dl4j.TinyGan;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;
import org.whiskerstudio.ui.ShellHarness;

/** The Deploy stage with the real engine: a trained project's model tried on images, as a user would. */
@Tag("engine")
@ExtendWith(ApplicationExtension.class)
class DeployViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private ShellViewModel model;
    private ShellHarness shell;
    private Stage stage;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        shell = ShellHarness.show(stage, Files.createTempDirectory("deploy-ui"), (executor, settings, projects) ->
                new ShellViewModel(executor, settings, projects,
                        ShellServices.NONE.withDeploy(store -> Optional.of(new Dl4jDeployService(store)))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void triedImagesShowTopClassBarsAndTheTimeTaken(FxRobot robot) throws Exception {
        TinyModel.Trained tiny = TinyModel.get();
        robot.interact(() -> model.openProject(tiny.project()));
        waitUntil(() -> model.session().isPresent());

        robot.clickOn("#nav-deploy");
        waitUntil(() -> model.deploy().modelReadyProperty().get() || !errors.isEmpty());
        assertEquals(List.of(), errors);
        robot.interact(() -> model.deploy().tryFiles(tiny.images()));
        waitUntil(() -> model.deploy().results().size() == tiny.images().size());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, robot.lookup("#deploy-bars .deploy-bar").queryAll().size());
        ProgressBar top = robot.lookup("#deploy-bars .deploy-bar").queryAs(ProgressBar.class);
        assertTrue(top.getProgress() > 0.5, "the top class has the longest bar");
        assertTrue(robot.lookup("#deploy-time").queryAs(Label.class).getText().matches("\\d+\\.\\d ms .*"));
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve("deploy-try.png").toFile());
    }

    @Test
    void exportOnnxShowsTheParityLineInTheStatusBar(FxRobot robot) throws Exception {
        TinyModel.Trained tiny = TinyModel.get();
        robot.interact(() -> model.openProject(tiny.project()));
        waitUntil(() -> model.session().isPresent());
        robot.clickOn("#nav-deploy");
        waitUntil(() -> model.deploy().modelReadyProperty().get() || !errors.isEmpty());
        assertFalse(robot.lookup("#deploy-export-onnx").queryButton().isDisabled(), "a run is chosen");
        Path out = Files.createTempDirectory("deploy-onnx").resolve("tiny.onnx");

        robot.interact(() -> model.deploy().exportOnnx(out));
        waitUntil(() -> !model.deploy().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), errors);
        String status = robot.lookup("#deploy-task").queryAs(Label.class).getText();
        assertTrue(status.matches("Exported tiny\\.onnx\\. ONNX parity: (\\d+)/\\1, max difference .*"), status);
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aGanRunOffersOnlyItsOnnxExportAndShowsTheParityLine(FxRobot robot) throws Exception {
        TinyGan.Trained gan = TinyGan.get();
        robot.interact(() -> model.openProject(gan.project()));
        waitUntil(() -> model.session().isPresent());
        robot.clickOn("#nav-deploy");
        waitUntil(() -> model.deploy().chosenProperty().get() != null || !errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), errors);
        assertTrue(shown(robot.lookup("#deploy-export-onnx").query()), "the generator exports as ONNX");
        assertFalse(robot.lookup("#deploy-export-onnx").queryButton().isDisabled());
        for (String left : List.of("#deploy-export", "#deploy-bundle-onnx", "#deploy-open", "#deploy-folder",
                "#deploy-model-info")) {
            assertFalse(shown(robot.lookup(left).query()), left + " is left out for a generator");
        }
        String note = robot.lookup("#deploy-no-predict").queryAs(Label.class).getText();
        assertTrue(shown(robot.lookup("#deploy-no-predict").query()) && note.contains("is a GAN"), note);
        Path out = Files.createTempDirectory("deploy-gan").resolve("generator.onnx");

        robot.interact(() -> model.deploy().exportOnnx(out));
        waitUntil(() -> !model.deploy().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), errors);
        String status = robot.lookup("#deploy-task").queryAs(Label.class).getText();
        assertTrue(status.matches("Exported generator\\.onnx\\. ONNX parity: 200/200, max difference .* "
                + "\\(200 noise vectors\\)\\."), status);
        assertTrue(Files.size(out) > 0);
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve("deploy-gan.png").toFile());
    }

    /** Visible itself and inside visible parents (a hidden pane's children keep their own flag). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
    }
}
