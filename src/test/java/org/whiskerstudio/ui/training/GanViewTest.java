package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.Dl4jTrainingService;
import org.whiskerstudio.ui.ShellHarness;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;

/**
 * A GAN end to end in the real main window, headless, with the real engine on tiny 8x8 images: pick the class, Start,
 * watch both losses and the samples, then make images from the run and add them to the project as synthetic ones.
 */
@Tag("engine")
@ExtendWith(ApplicationExtension.class)
class GanViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    Path temp;
    private final List<String> errors = new ArrayList<>();
    private ShellViewModel model;
    private ShellHarness shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        shell = ShellHarness.show(stage, Files.createTempDirectory("gan-ui"), (executor, settings, projects) ->
                new ShellViewModel(executor, settings, projects,
                        ShellServices.NONE.withTraining(session -> Optional.of(Dl4jTrainingService.forSession(session)))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void aGanTrainsOnOneClassThenItsImagesJoinTheProjectAsSynthetic(FxRobot robot) throws IOException {
        robot.interact(() -> model.createProject(temp.resolve("gan project"), "GAN"));
        waitUntil(() -> model.session().isPresent());
        ProjectStore store = model.session().orElseThrow().store();
        DatasetFixture.darkAndLight(store, 12, 8);
        new ArchitectureStore(store).save(Templates.dcgan(new TensorShape.Image(8, 8, 1), 16).withName("DCGAN"));
        robot.clickOn("#nav-train");
        waitUntil(() -> model.training().ganForm().ganProperty().get()
                && robot.lookup("#gan-settings").query().isVisible());
        assertTrue(robot.lookup("#gan-loss-chart").query().isVisible(), "the GAN view replaces the classifier's charts");

        robot.interact(() -> {
            robot.lookup("#gan-class").queryAs(ComboBox.class).setValue("light");
            robot.lookup("#gan-sample-every").queryAs(TextField.class).setText("1");
            robot.lookup("#training-epochs").queryAs(TextField.class).setText("1");
            robot.lookup("#training-batch").queryAs(TextField.class).setText("4");
        });
        robot.clickOn("#training-start");
        waitUntil(() -> !model.training().activeProperty().get()
                && robot.lookup("#gan-status").queryAs(Label.class).getText().startsWith("Completed"));

        LineChart<?, ?> losses = robot.lookup("#gan-loss-chart").queryAs(LineChart.class);
        assertEquals(2, losses.getData().size());
        assertTrue(losses.getData().get(0).getData().size() >= 2, "D loss drawn");
        assertTrue(losses.getData().get(1).getData().size() >= 2, "G loss drawn");
        assertNotNull(robot.lookup("#gan-samples").queryAs(ImageView.class).getImage(), "samples shown");
        assertTrue(robot.lookup("#gan-step").queryAs(Label.class).getText().startsWith("Step "));
        ListView<?> history = robot.lookup("#training-history").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 1 && robot.lookup(".run-facts").queryAs(Label.class).getText()
                .startsWith("GAN · "));
        assertTrue(robot.lookup("#resume-run-1").query().isManaged() == false, "no Resume for a GAN run");
        save(robot, "gan-trained.png");

        robot.clickOn("#generate-run-1");
        waitUntil(() -> robot.lookup("#generate-make").query().isVisible()
                && "light".equals(robot.lookup("#generate-class").queryAs(ComboBox.class).getValue()));
        robot.interact(() -> robot.lookup("#generate-count").queryAs(TextField.class).setText("6"));
        robot.clickOn("#generate-make");
        waitUntil(() -> robot.lookup("#generate-preview").queryAs(ImageView.class).getImage() != null);
        robot.clickOn("#generate-add");
        waitUntil(() -> robot.lookup("#generate-message").queryAs(Label.class).getText().startsWith("Added 6 synthetic"));
        assertEquals(6, store.generatedImages().size());
        save(robot, "gan-generated.png");
        assertEquals(List.of(), errors);
    }

    private void save(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s; errors shown: " + errors, e);
        }
    }
}
