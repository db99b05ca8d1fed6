package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
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
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.LabelMistakes;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.suggest.MistakeScoring;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/** The "Possible label mistakes" tab headless with scripted scores: Find, Enter relabels, K and the Keep button keep. */
@ExtendWith(ApplicationExtension.class)
class MistakesViewTest {
    private final List<String> errors = new ArrayList<>();
    private PooledTaskExecutor executor;
    private Stage stage;
    private ProjectStore store;

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

    @Test
    void findThenEnterRelabelsAndKOrKeepKeeps(FxRobot robot) throws Exception {
        store = ProjectStore.create(Files.createTempDirectory("mistakes-ui").resolve("p"), "p");
        List<Long> cats = new ArrayList<>();
        Map<Long, Subset> parts = new HashMap<>();
        Map<Long, float[]> scores = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            long id = DatasetFixture.file(store, DatasetFixture.png(32, 24, new Color(40 * i, 90, 200 - 30 * i)), "cat");
            cats.add(id);
            parts.put(id, Subset.TRAIN);
            // Surest first: cat 0 at 0.99, cat 1 at 0.97, ...
            scores.put(id, new float[] {0.01f + 0.02f * i, 0.99f - 0.02f * i});
        }
        store.ensureLabelClass("dog");
        new SubsetStore(store).recordFromDataset(parts);
        RunStore runs = new RunStore(store);
        long runId = runs.create("MLP #1", new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
                Optional.empty()), TrainingConfig.defaults(), Provenance.here("test", "cpu", "")).id();
        runs.setStatus(runId, RunStatus.COMPLETED, "");
        runs.setProgress(runId, new RunProgress(2, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
        MistakeScoring scripted = (s, run, progress, cancellation) ->
                Optional.of(new MistakeScan(run, List.of("cat", "dog"), scores, List.of()));
        EvaluationViewModel model = new EvaluationViewModel(executor,
                Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)), s -> Optional.empty(),
                s -> Optional.of(scripted));
        robot.interact(() -> {
            EvaluationView view = new EvaluationView(model, executor);
            Scene scene = new Scene((Parent) view.node(), 1200, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            model.projectOpened(Optional.of(new ProjectSession(store)));
        });
        waitUntil(() -> model.runProperty().get() != null);
        // The tab headers exist once the screen has been laid out, which a loaded machine may not have done yet.
        waitUntil(() -> robot.lookup("Possible label mistakes").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("Possible label mistakes");
        robot.clickOn("#mistakes-find");
        MistakesViewModel mistakes = model.mistakes();
        waitUntil(() -> mistakes.items().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".mistake-cell.selected").tryQuery().isPresent(), "the surest one is selected");
        save(robot, "mistakes-found.png");

        robot.clickOn(".mistake-cell.selected");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> mistakes.items().size() == 3);
        assertEquals("dog", CurrentLabels.of(store).get(cats.get(0)), "Enter relabels as the run's class");

        robot.type(KeyCode.K);
        waitUntil(() -> mistakes.items().size() == 2);
        assertEquals("cat", new LabelMistakes(store).kept(cats.get(1)).orElseThrow().className(), "K keeps");

        Button keep = robot.lookup(".mistake-keep").queryAllAs(Button.class).stream().filter(Button::isVisible)
                .findFirst().orElseThrow();
        robot.clickOn(keep);
        waitUntil(() -> mistakes.items().size() == 1);
        LabelMistakes kept = new LabelMistakes(store);
        assertEquals(2, cats.stream().filter(id -> kept.kept(id).isPresent()).count(), "the Keep button keeps");

        robot.clickOn("#evaluation-undo");
        waitUntil(() -> mistakes.items().size() == 2);
        assertEquals(List.of(), errors);
    }

    private void save(FxRobot robot, String name) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(stage.getScene().getRoot()).getImage(), null), "png",
                shots.resolve(name).toFile());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
