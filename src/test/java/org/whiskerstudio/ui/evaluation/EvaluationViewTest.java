package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationService;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.ScoredExample;
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
 * The Evaluate screen headless with a scripted model: a 2-class run (click a cell, relabel, curves) and a 50-class
 * one (the matrix fits, labels keep to their cells, it scrolls). Saves what it sees to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationViewTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private final List<String> errors = new ArrayList<>();
    private PooledTaskExecutor executor;
    private Stage stage;
    private ProjectStore store;
    private final List<Long> ids = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new PooledTaskExecutor(2, Platform::runLater);
    }

    @AfterEach
    void close() throws Exception {
        // The window goes first, so that no cell asks the closed executor for a thumbnail.
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        executor.close();
        if (store != null) {
            store.close();
        }
    }

    /** A project with {@code perClass} images of each class and a completed run; the model errs on every 4th. */
    private EvaluationViewModel open(FxRobot robot, List<String> classes, int perClass) throws IOException {
        Path dir = Files.createTempDirectory("eval-ui");
        store = ProjectStore.create(dir.resolve("p"), "p");
        for (String c : classes) {
            ids.addAll(DatasetFixture.rows(store, c, perClass, c));
        }
        RunStore runs = new RunStore(store);
        long runId = runs.create("LeNet #1", new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
        runs.setStatus(runId, RunStatus.COMPLETED, "");
        runs.setProgress(runId, new RunProgress(3, 10, OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty()));
        EvaluationService scripted = (s, id, data, progress, cancellation) -> {
            Random random = new Random(3);
            List<ScoredExample> ps = new ArrayList<>();
            int n = classes.size();
            for (int i = 0; i < ids.size(); i++) {
                int truth = i / perClass;
                int guess = i % 4 == 3 ? (truth + 1 + random.nextInt(Math.max(1, n - 1))) % n : truth;
                float[] p = new float[n];
                float rest = 0.3f * random.nextFloat();
                for (int c = 0; c < n; c++) {
                    p[c] = rest / n;
                }
                p[guess] += 1 - rest;
                ps.add(ScoredExample.of(ids.get(i), "h" + i, truth, p));
            }
            Evaluation e = new Evaluation(id, "LeNet #1", "the test part", "2026-01-01T00:00:00Z", classes, ps,
                    List.of());
            SavedEvaluations.writeTest(new RunStore(s).folder(id), e);
            return Optional.of(e);
        };
        EvaluationViewModel model = new EvaluationViewModel(executor, Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), s -> Optional.of(scripted),
                MistakeScoringFactory.UNAVAILABLE);
        robot.interact(() -> {
            EvaluationView view = new EvaluationView(model, executor);
            this.view = view;
            Scene scene = new Scene((Parent) view.node(), 1200, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            model.projectOpened(Optional.of(new ProjectSession(store)));
        });
        waitUntil(() -> !model.runs().isEmpty());
        return model;
    }

    private EvaluationView view;

    @Test
    void twoClassRunShowsTheMatrixAndACellOpensItsImagesForRelabelling(FxRobot robot) throws Exception {
        EvaluationViewModel model = open(robot, List.of("cat", "not cat"), 8);
        robot.clickOn("#evaluation-evaluate");
        waitUntil(() -> model.results().matrixProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#evaluation-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Accuracy 75.0%"), summary.getText());
        MatrixView matrix = view.matrix();
        assertTrue(matrix.canvas().getWidth() > 100, "drawn");
        robot.interact(view::activate);
        waitUntil(() -> model.runProperty().get() != null && model.results().matrixProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("LeNet #1", model.runProperty().get().name(), "showing the screen again keeps the chosen run");

        // Click the (cat, not cat) cell: the gallery shows its two mistakes.
        double cell = matrix.cellSizeProperty().get();
        double label = matrix.canvas().getWidth() - 2 * cell - 6;
        robot.clickOn(matrix.canvas().localToScreen(label + 1.5 * cell, label + 0.5 * cell));
        waitUntil(() -> model.results().cellProperty().get().isPresent());
        assertEquals(new EvaluationResults.Cell(0, 1), model.results().cellProperty().get().orElseThrow());
        assertEquals(2, model.results().gallery().size());
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, stage.getScene().getRoot(), "evaluate-two-classes.png");

        robot.interact(() -> model.relabel(model.results().gallery().get(0), 1));
        waitUntil(() -> model.results().gallery().size() == 1);
        assertEquals(1, model.results().matrixProperty().get().orElseThrow().count(0, 1));

        robot.interact(() -> view.details().tabs().getSelectionModel().select(view.details().tabs().getTabs().stream()
                .filter(t -> "evaluation-curves-tab".equals(t.getId())).findFirst().orElseThrow()));
        assertTrue(robot.lookup("#evaluation-roc").tryQuery().isPresent(), "binary curves shown");
        robot.interact(() -> model.results().thresholdProperty().set(0.99));
        save(robot, stage.getScene().getRoot(), "evaluate-curves.png");
        assertEquals(List.of(), errors);
    }

    @Test
    void fiftyClassMatrixKeepsLabelsApartAndScrolls(FxRobot robot) throws Exception {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            classes.add("class with a long name " + i);
        }
        EvaluationViewModel model = open(robot, classes, 4);
        robot.clickOn("#evaluation-evaluate");
        waitUntil(() -> model.results().matrixProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        MatrixView matrix = view.matrix();
        double cell = matrix.cellSizeProperty().get();
        assertTrue(matrix.labelFontSize() * 1.25 <= cell, "a label's line fits its row/column: font "
                + matrix.labelFontSize() + " in cells of " + cell);
        robot.interact(() -> matrix.zoomBy(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(matrix.canvas().getWidth() > matrix.scrollPane().getViewportBounds().getWidth(),
                "zoomed in, the matrix is larger than its view and scrolls");
        assertTrue(matrix.labelFontSize() * 1.25 <= matrix.cellSizeProperty().get());
        robot.interact(() -> matrix.zoomBy(1 / 3.0));
        save(robot, stage.getScene().getRoot(), "evaluate-fifty-classes.png");
        assertEquals(List.of(), errors);
    }

    private static void save(FxRobot robot, Node node, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
