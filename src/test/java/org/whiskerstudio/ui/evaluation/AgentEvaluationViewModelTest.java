package org.whiskerstudio.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.EnvironmentView;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.UiTasks;

/** The Evaluate screen's agent tab: which runs it lists, the agent loaded, the figures by environment. */
class AgentEvaluationViewModelTest {
    private final List<String> errors = new ArrayList<>();
    private ProjectStore store;
    private AgentEvaluationViewModel model;

    @BeforeEach
    void open() throws Exception {
        store = ProjectStore.create(Files.createTempDirectory("agent-eval").resolve("p"), "p");
        model = new AgentEvaluationViewModel(new UiTasks(TaskExecutor.direct(), Notifier.ofErrors((t, m) ->
                errors.add(t + ": " + m))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNoughtsAndCrossesRunPlaysItsGamesAndOffersTheBoard() throws Exception {
        AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Noughts #1");
        model.projectOpened(Optional.of(new ProjectSession(store)));
        assertEquals(List.of("Noughts #1"), model.runs().stream().map(RunChoice::name).toList());
        assertEquals(EnvironmentKind.TICTACTOE, model.agentProperty().get().orElseThrow().environment());
        assertTrue(model.playProperty().get().isPresent(), "a board to play it on");
        assertEquals(AgentEvaluationViewModel.NOT_EVALUATED, model.statusProperty().get());

        model.evaluate();
        AgentFigures figures = model.figuresProperty().get().orElseThrow();
        assertEquals(4, figures.games().size());
        assertTrue(figures.games().stream().allMatch(g -> g.tally().games() == AgentEvaluationViewModel.GAMES));
        assertTrue(figures.headline().startsWith("Against minimax: "), figures.headline());
        assertFalse(model.runningProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aRunFinishedSinceTheLastLookIsShownElseTheChoiceStays() throws Exception {
        AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Noughts #1");
        long second = AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Noughts #2");
        model.projectOpened(Optional.of(new ProjectSession(store)));
        assertEquals("Noughts #2", model.runProperty().get().name(), "the newest first");
        model.runProperty().set(RunPick.byId(model.runs(), second - 1).orElseThrow());
        model.refresh();
        assertEquals("Noughts #1", model.runProperty().get().name(), "the person's choice stays");

        AgentRuns.add(store, EnvironmentKind.CARTPOLE, "Cart #3");
        model.refresh();
        assertEquals("Cart #3", model.runProperty().get().name(), "a run that finished since is shown");
    }

    @Test
    void aCartPoleRunReportsItsReturnsAndAnEpisodeToReplay() throws Exception {
        AgentRuns.add(store, EnvironmentKind.CARTPOLE, "Cart #1");
        model.projectOpened(Optional.of(new ProjectSession(store)));
        assertEquals(Optional.empty(), model.playProperty().get(), "no board for a cart");
        model.evaluate();
        AgentFigures figures = model.figuresProperty().get().orElseThrow();
        assertEquals(AgentEvaluationViewModel.EPISODES, figures.returns().orElseThrow().returns().size());
        List<EnvironmentView> replay = figures.replay();
        assertEquals(figures.returns().get().returns().get(0), replay.size() - 1.0, 0.0,
                "the first episode, one frame per step after the start");
        assertTrue(figures.headline().startsWith("Average return "), figures.headline());
        assertEquals(List.of(), errors);
    }

    @Test
    void runsWithoutASavedAgentOrStillTrainingAreNotListed() throws Exception {
        long saved = AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Saved");
        long missing = AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Missing");
        long running = AgentRuns.add(store, EnvironmentKind.TICTACTOE, "Running");
        RunStore runs = new RunStore(store);
        Files.delete(new org.whiskerstudio.training.AgentFiles(runs.folder(missing)).bundle());
        runs.setStatus(running, org.whiskerstudio.training.RunStatus.RUNNING, "");
        assertEquals(List.of(saved), AgentEvaluationViewModel.read(runs).stream().map(RunChoice::id).toList());
    }

    @Test
    void aCancelledEvaluationHasNoFigures() throws Exception {
        AgentRuns.add(store, EnvironmentKind.CARTPOLE, "Cart #1");
        model.projectOpened(Optional.of(new ProjectSession(store)));
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertEquals(Optional.empty(), AgentEvaluationViewModel.figuresOf(model.agentProperty().get().orElseThrow(),
                Progress.NONE, cancelled));
    }
}
