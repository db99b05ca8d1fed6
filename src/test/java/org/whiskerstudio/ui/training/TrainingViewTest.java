package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.ui.ShellHarness;
import org.whiskerstudio.ui.shell.ShellServices;
import org.whiskerstudio.ui.shell.ShellViewModel;

/**
 * The Train stage in the real main window, headless, with a scripted training service: the form, Start, live
 * charts and the final status; Esc stops a run. Saves what it sees to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    Path temp;
    private final ScriptedTrainingService service = new ScriptedTrainingService();
    private final List<String> errors = new ArrayList<>();
    private ShellViewModel model;
    private ShellHarness shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        shell = ShellHarness.show(stage, Files.createTempDirectory("train-ui"), (executor, settings, projects) ->
                new ShellViewModel(executor, settings, projects, ShellServices.NONE.withTraining(session -> Optional.of(service))))
                .collectErrorsIn(errors);
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void startFillsTheChartsAndEndsWithTheStatus(FxRobot robot) throws IOException {
        service.autoPlay = live -> {
            live.begin(20);
            for (int e = 1; e <= 3; e++) {
                live.steps(20).epoch(1.0 / e, 0.5 + 0.1 * e, 1.2 / e, 0.45 + 0.1 * e);
            }
            live.end(RunStatus.COMPLETED, "");
        };
        openProjectWithArchitecture(robot);

        assertEquals("LeNet", robot.lookup("#training-architecture").queryComboBox().getValue());
        assertEquals("5", robot.lookup("#training-epochs").queryAs(TextField.class).getText());
        assertEquals("0.001", robot.lookup("#training-learning-rate").queryAs(TextField.class).getText());
        robot.interact(() -> robot.lookup("#training-epochs").queryAs(TextField.class).setText("0"));
        Button start = robot.lookup("#training-start").queryButton();
        assertTrue(start.isDisabled(), "a problem blocks Start");
        assertTrue(robot.lookup("#training-problems .label").queryAs(Label.class).getText().startsWith("Epochs must be"));
        robot.interact(() -> robot.lookup("#training-epochs").queryAs(TextField.class).setText("3"));
        assertFalse(start.isDisabled());

        robot.clickOn(start);
        waitUntil(() -> !model.training().activeProperty().get()
                && robot.lookup("#training-status").queryAs(Label.class).getText().equals("Completed"));
        assertFalse(start.isDisabled(), "another run can start");
        LineChart<?, ?> loss = robot.lookup("#training-loss-chart").queryAs(LineChart.class);
        assertEquals(60, loss.getData().get(0).getData().size(), "every step drawn");
        assertEquals(3, loss.getData().get(1).getData().size(), "train loss per epoch");
        assertEquals(3, loss.getData().get(2).getData().size(), "validation loss per epoch");
        LineChart<?, ?> accuracy = robot.lookup("#training-accuracy-chart").queryAs(LineChart.class);
        assertEquals(3, accuracy.getData().get(1).getData().size());
        assertTrue(robot.lookup("#training-progress-text").queryAs(Label.class).getText().startsWith("epoch 3/3"));
        assertEquals(3, service.requests.get(0).config().epochs());
        ListView<?> history = robot.lookup("#training-history").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 1);

        robot.clickOn("#compare-run-1");
        LineChart<?, ?> compare = robot.lookup("#training-compare").queryAs(LineChart.class);
        waitUntil(() -> compare.getData().size() == 1 && compare.getData().get(0).getData().size() == 3);
        save(robot, "train-completed.png");

        robot.clickOn("#delete-run-1");
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(ask.getHeaderText().contains("Run 1"), ask.getHeaderText());
        robot.clickOn(robot.from(ask).lookup(".button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        waitUntil(() -> history.getItems().isEmpty());
        assertEquals(List.of(1L), service.deleted);
        assertEquals(List.of(), errors);
    }

    @Test
    void reconstructionsShowUnderTheLossAfterEachEpoch(FxRobot robot) throws IOException {
        service.autoPlay = live -> {
            live.begin(20);
            for (int e = 1; e <= 3; e++) {
                live.steps(20).epoch(0.2 / e, Double.NaN, 0.25 / e, Double.NaN);
                live.listener().onReconstructions(blobs(e));
            }
            live.end(RunStatus.COMPLETED, "");
        };
        openProjectWithArchitecture(robot);
        robot.clickOn("#training-start");
        waitUntil(() -> !model.training().activeProperty().get()
                && model.training().reconstructionsProperty().get().map(r -> r.epoch() == 3).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reconstruction-panel").query().isVisible());
        assertTrue(robot.lookup("#reconstruction-caption").queryAs(Label.class).getText().equals("after epoch 3"));
        assertTrue(robot.lookup("#reconstruction-grid").queryAs(javafx.scene.image.ImageView.class).getImage()
                != null);
        robot.interact(() -> stage.setWidth(1366));
        robot.interact(() -> stage.setHeight(768));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "train-autoencoder-1366x768.png");
    }

    /** Eight 28x28 grey discs, and reconstructions that get sharper with the epoch. */
    private static org.whiskerstudio.training.ReconstructionSamples blobs(int epoch) {
        List<byte[]> in = new ArrayList<>();
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] a = new byte[28 * 28];
            byte[] b = new byte[28 * 28];
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double d = Math.hypot(x - 14, y - 14) / (5 + i);
                    a[y * 28 + x] = (byte) (d < 1 ? 230 : 20);
                    b[y * 28 + x] = (byte) Math.max(0, Math.min(255, 125 + (d < 1 ? 105 : -105) * epoch / 3.0));
                }
            }
            in.add(a);
            out.add(b);
        }
        return new org.whiskerstudio.training.ReconstructionSamples(epoch, 28, 28, 1, in, out);
    }

    @Test
    void escapeStopsARunningRun(FxRobot robot) throws IOException {
        service.autoPlay = live -> {
            live.begin(100).steps(7);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!live.control().isStopRequested() && System.nanoTime() < until) {
                sleep();
            }
            live.end(RunStatus.STOPPED, live.control().isStopRequested()
                    ? "Stopped by you after step 7; resume goes on from the last checkpoint." : "No stop came.");
        };
        openProjectWithArchitecture(robot);
        robot.clickOn("#training-start");
        waitUntil(() -> model.training().progressProperty().get().iteration() == 7);
        save(robot, "train-running.png");
        robot.interact(() -> robot.lookup("#training-loss-chart").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !model.training().activeProperty().get());
        assertTrue(robot.lookup("#training-status").queryAs(Label.class).getText().startsWith("Stopped by you"));
    }

    @Test
    void aDetectorShowsNoAccuracyChartAndOnlyTheSettingsItUses(FxRobot robot) throws IOException {
        service.detectors = java.util.Set.of("LeNet");
        openProjectWithArchitecture(robot);
        waitUntil(() -> model.training().ganForm().detectorProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#training-accuracy-chart").query().getParent().isVisible(),
                "no accuracy for a detector");
        assertTrue(robot.lookup("#training-detector-note").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#training-resize").queryComboBox().isDisabled(), "a detector always letterboxes");
        assertEquals(org.whiskerstudio.dataset.ResizeMode.LETTERBOX,
                robot.lookup("#training-resize").queryComboBox().getValue());
        assertTrue(robot.lookup("#training-rotation").query().isDisabled());
        assertTrue(robot.lookup("#training-brightness").query().isDisabled());
        assertFalse(robot.lookup("#training-shift").query().isDisabled());
        assertTrue(robot.lookup("#training-detector-augmentation").query().isVisible());
        assertFalse(robot.lookup("#training-start-from").query().getParent().isVisible(),
                "a detector cannot start from a model (the service would refuse it)");
        robot.interact(() -> stage.setWidth(1366));
        robot.interact(() -> stage.setHeight(768));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "train-detector-1366x768.png");
    }

    @Test
    void resizeIsOfferedForPicturesOnly(FxRobot robot) {
        openProjectWithArchitecture(robot);
        assertTrue(robot.lookup("#training-resize").query().isVisible(), "pictures are resized");
        service.sequences = java.util.Set.of("Series");
        ProjectStore store = model.session().orElseThrow().store();
        new ArchitectureStore(store).save(new Architecture("Series",
                Templates.lenet(new TensorShape.Image(32, 32, 3), 2), Optional.empty()));
        robot.clickOn("#nav-data");
        robot.clickOn("#nav-train");
        waitUntil(() -> model.training().architectures().contains("Series"));
        robot.interact(() -> model.training().architectureProperty().set("Series"));
        waitUntil(() -> !robot.lookup("#training-resize").query().isVisible());
        assertTrue(robot.lookup("#training-epochs").query().isVisible(), "the other settings stay");
    }

    private void openProjectWithArchitecture(FxRobot robot) {
        robot.interact(() -> model.createProject(temp.resolve("train project"), "Train"));
        waitUntil(() -> model.session().isPresent());
        ProjectStore store = model.session().orElseThrow().store();
        labelledImages(store, 4);
        new ArchitectureStore(store).save(new Architecture("LeNet",
                Templates.lenet(new TensorShape.Image(32, 32, 3), 2), Optional.empty()));
        robot.clickOn("#nav-train");
        waitUntil(() -> model.training().emptyMessageProperty().get().isEmpty()
                && "LeNet".equals(robot.lookup("#training-architecture").queryAs(ComboBox.class).getValue()));
    }

    private static void labelledImages(ProjectStore store, int count) {
        List<NewImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String hash = Hashes.sha256Hex(("train " + i).getBytes(StandardCharsets.UTF_8));
            String stored = "images/" + hash + ".png";
            try {
                Path file = store.layout().resolveStored(stored);
                Files.createDirectories(file.getParent());
                ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png",
                        file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            images.add(new NewImage(hash, "img" + i + ".png", stored, "/src/img" + i + ".png", 32, 32, "png", 100,
                    Optional.empty()));
        }
        store.addImages(images);
        LabelClass cat = store.ensureLabelClass("cat");
        List<Annotation> tags = new ArrayList<>();
        for (ImageAsset a : store.images(ImageQuery.ALL)) {
            tags.add(new Annotation(0, a.id(), cat.id(), new Shape.Tag(), Set.of()));
        }
        new AnnotationStore(store).apply(List.of(), tags);
    }

    private void save(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s; errors shown: " + errors, e);
        }
    }
}
