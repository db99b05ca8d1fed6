package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
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
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;

/**
 * The Evaluate screen with agent runs only, headless at 1366x768: the Agents tab in front, Evaluate fills the games
 * table, the board plays the agent; a cart-pole run replays an episode. Saves what it sees to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class AgentPaneTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private final List<String> errors = new ArrayList<>();
    private PooledTaskExecutor executor;
    private Stage stage;
    private ProjectStore store;
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
        store.close();
    }

    /** The screen on a project with a run of each environment, the last one newest (chosen first). */
    private EvaluationViewModel show(FxRobot robot, EnvironmentKind... environments) throws IOException {
        store = ProjectStore.create(Files.createTempDirectory("agent-ui").resolve("p"), "p");
        for (EnvironmentKind environment : environments) {
            AgentRuns.add(store, environment, environment.label() + " #1");
        }
        EvaluationViewModel model = new EvaluationViewModel(executor, Notifier.ofErrors((t, m) -> errors.add(t + ": "
                + m)), s -> Optional.empty(), MistakeScoringFactory.UNAVAILABLE);
        robot.interact(() -> {
            view = new EvaluationView(model, executor);
            Scene scene = new Scene((Parent) view.node(), 1366, 768);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            model.projectOpened(Optional.of(new ProjectSession(store)));
        });
        waitUntil(() -> model.agents().agentProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @Test
    void aNoughtsAndCrossesAgentIsEvaluatedAndPlayedOnItsTab(FxRobot robot) throws Exception {
        EvaluationViewModel model = show(robot, EnvironmentKind.TICTACTOE);
        assertEquals("evaluation-agents-tab", view.kinds().tabs().getSelectionModel().getSelectedItem().getId(),
                "the only kind of run there is");
        assertEquals(EvaluableRuns.ONLY_AGENTS, model.emptyMessageProperty().get());
        robot.clickOn("#evaluation-agent-evaluate");
        waitUntil(() -> model.agents().figuresProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, robot.lookup("#evaluation-agent-games").queryAs(TableView.class).getItems().size());
        String headline = robot.lookup("#evaluation-agent-headline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("Against minimax:"), headline);

        Node board = robot.lookup("#play-board").query();
        Bounds b = board.localToScreen(board.getBoundsInLocal());
        robot.clickOn(b.getCenterX(), b.getCenterY());
        List<Integer> cells = model.agents().playProperty().get().orElseThrow().boardProperty().get().cells();
        assertEquals(1, cells.get(4), "the centre played");
        assertEquals(-1, cells.get(0), "the agent (an empty table) answered in the first free cell");
        save(robot, "evaluate-agent-tictactoe-1366x768.png");
        assertEquals(List.of(), errors);
    }

    @Test
    void aCartPoleAgentsEpisodeIsReplayed(FxRobot robot) throws Exception {
        EvaluationViewModel model = show(robot, EnvironmentKind.CARTPOLE);
        robot.clickOn("#evaluation-agent-evaluate");
        waitUntil(() -> model.agents().figuresProperty().get().isPresent());
        waitUntil(() -> view.agents().replay().shownFrame() > 0);
        assertTrue(robot.lookup("#episode-replay").query().isVisible());
        String headline = robot.lookup("#evaluation-agent-headline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("Average return "), headline);
        save(robot, "evaluate-agent-cartpole-1366x768.png");
        assertEquals(List.of(), errors);
    }

    @Test
    void afterACartPoleRunANoughtsAndCrossesRunFillsItsTable(FxRobot robot) throws Exception {
        EvaluationViewModel model = show(robot, EnvironmentKind.TICTACTOE, EnvironmentKind.CARTPOLE);
        robot.clickOn("#evaluation-agent-run").clickOn(EnvironmentKind.TICTACTOE.label() + " #1 (completed)");
        waitUntil(() -> model.agents().playProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#evaluation-agent-evaluate");
        waitUntil(() -> model.agents().figuresProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, robot.lookup("#evaluation-agent-games").queryAs(TableView.class).getItems().size());
        save(robot, "evaluate-agent-switched-1366x768.png");
        assertEquals(List.of(), errors);
    }

    private void save(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(view.node()).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
