package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.evaluation.AnomalyEvaluation;
import org.whiskerstudio.evaluation.AnomalyService;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/**
 * The Evaluate screen with an autoencoder run, headless at 1366x768: Evaluate scores it, the histogram's threshold
 * is dragged and kept with the run, a reopened screen shows it. Saves what it sees to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class AnomalyViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private final List<String> errors = new ArrayList<>();
    private PooledTaskExecutor executor;
    private Stage stage;
    private ProjectStore store;
    private long runId;
    private EvaluationView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new PooledTaskExecutor(2, Platform::runLater);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        executor.close();
        if (store != null) {
            store.close();
        }
    }

    /** 40 blue "normal" squares scored low and 8 red "odd" ones scored high, two of them among the normal scores. */
    private void project() throws IOException {
        store = ProjectStore.create(Files.createTempDirectory("anomaly-ui").resolve("p"), "p");
        RunStore runs = new RunStore(store);
        runId = runs.create("Conv autoencoder #1", new Architecture("AE",
                AutoencoderTemplates.dense(new TensorShape.Vector(4)), Optional.empty()), TrainingConfig.defaults(),
                Provenance.here("test", "cpu", "")).id();
        runs.setStatus(runId, RunStatus.COMPLETED, "");
        runs.setProgress(runId, new RunProgress(3, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
    }

    private final AnomalyService scripted = new AnomalyService() {
        @Override
        public Optional<AnomalyEvaluation> score(ProjectStore s, long id, org.whiskerstudio.common.Progress progress,
                                                 org.whiskerstudio.common.Cancellation cancellation) {
            List<AnomalyEvaluation.Scored> test = new ArrayList<>();
            List<AnomalyEvaluation.Scored> validation = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long image = DatasetFixture.file(s, DatasetFixture.png(28, 28, new Color(30, 60 + i * 4, 200)),
                        "Sneaker");
                double score = 0.02 + 0.03 * Math.abs(Math.sin(i * 1.7)) + (i % 13 == 0 ? 0.03 : 0);
                (i % 4 == 0 ? validation : test).add(new AnomalyEvaluation.Scored(image, "Sneaker", score));
            }
            for (int i = 0; i < 8; i++) {
                long image = DatasetFixture.file(s, DatasetFixture.png(28, 28, new Color(220, 40 + i * 20, 40)),
                        "Bag");
                test.add(new AnomalyEvaluation.Scored(image, "Bag", i < 2 ? 0.04 : 0.09 + 0.02 * i));
            }
            return Optional.of(AnomalyEvaluation.of("Conv autoencoder #1", "Sneaker", validation, test, List.of()));
        }
    };

    private EvaluationViewModel show(FxRobot robot) {
        EvaluationViewModel model = new EvaluationViewModel(executor, Notifier.ofErrors((t, m) -> errors.add(t + ": "
                + m)), s -> Optional.empty(), MistakeScoringFactory.UNAVAILABLE);
        model.anomalies().setEngine(scripted);
        robot.interact(() -> {
            view = new EvaluationView(model, executor);
            Scene scene = new Scene((Parent) view.node(), 1366, 768);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            model.projectOpened(Optional.of(new ProjectSession(store)));
        });
        waitUntil(() -> !model.runs().isEmpty());
        return model;
    }

    @Test
    void draggingTheThresholdKeepsItWithTheRunAndAReopenedScreenShowsIt(FxRobot robot) throws Exception {
        project();
        EvaluationViewModel model = show(robot);
        // The pane follows the chosen run on the FX thread: on a loaded machine a moment after the runs arrive.
        waitUntil(() -> robot.lookup("#anomaly-pane").tryQuery().isPresent());
        robot.clickOn("#evaluation-evaluate");
        waitUntil(() -> model.anomalies().evaluationProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#anomaly-roc").query().isVisible(), "ROC with labelled anomalies");
        assertTrue(robot.lookup("#anomaly-score-meaning").queryAs(Label.class).getText()
                .startsWith("Score: code distance to 5 nearest normal training examples"), "the pane says what it scores");
        assertEquals(38, model.anomalies().gallery().size());
        assertTrue(robot.lookup("#anomaly-gallery .anomaly-cell").tryQuery().isPresent());
        assertFalse(model.anomalies().movedProperty().get());
        save(robot, view.node(), "evaluate-anomaly-1366x768.png");

        ScoreHistogramView histogram = view.anomalies().histogram();
        Bounds b = histogram.canvas().localToScreen(histogram.canvas().getBoundsInLocal());
        double from = b.getMinX() + histogram.xOf(model.anomalies().thresholdProperty().get());
        double to = b.getMinX() + histogram.xOf(0.08);
        robot.moveTo(from, b.getMinY() + b.getHeight() / 2).press(MouseButton.PRIMARY)
                .moveTo(to, b.getMinY() + b.getHeight() / 2).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = model.anomalies().thresholdProperty().get();
        assertEquals(0.08, dragged, 0.01);
        assertEquals(ScoreHistogramView.number(dragged), robot.lookup("#anomaly-threshold").queryAs(TextField.class)
                .getText());
        // Written once it rests (a slow drag may have written a value on the way first).
        waitUntil(() -> readStored().equals(Optional.of(dragged)));
        String counts = robot.lookup("#anomaly-counts").queryAs(Label.class).getText();
        assertTrue(counts.startsWith("6 of 38"), counts);

        EvaluationViewModel reopened = show(robot);
        waitUntil(() -> reopened.anomalies().evaluationProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dragged, reopened.anomalies().thresholdProperty().get(), 1e-12);
        assertFalse(robot.lookup("#anomaly-reset").query().isDisabled(), "a moved threshold can be reset");
        assertEquals(List.of(), errors);
    }

    private Optional<Double> readStored() {
        try {
            return new RunStore(store).folder(runId).readAnomalyThreshold().map(t -> t.value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void save(FxRobot robot, Node node, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
