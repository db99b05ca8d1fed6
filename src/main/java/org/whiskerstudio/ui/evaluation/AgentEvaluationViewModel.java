package org.whiskerstudio.ui.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.rl.AgentEvaluation;
import org.whiskerstudio.rl.dl4j.AgentBundle;
import org.whiskerstudio.training.AgentFiles;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.rl.PlayViewModel;

/**
 * The Evaluate screen's tab for agent runs: the run's saved agent loaded, and on Evaluate what
 * {@code whisker rl evaluate} computes, off the UI thread with progress and Cancel: greedy episodes' returns and one
 * episode to replay (cart-pole), or games against the random and the minimax player as first and second (noughts
 * &amp; crosses, whose agent can also be played on the board).
 */
public final class AgentEvaluationViewModel implements ProjectScoped<ProjectSession> {
    /** As many episodes as CartPole-v1's "solved" line averages over. */
    static final int EPISODES = 100;
    /** Games per opponent and side, as {@code whisker bench rl} plays. */
    static final int GAMES = 1000;
    static final long SEED = 1;
    static final String NOT_EVALUATED = "Press Evaluate to play the agent greedily (as whisker rl evaluate does).";
    private final UiTasks tasks;
    private final OneAtATime evaluation;
    private final ObservableList<RunChoice> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunChoice> run = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<AgentBundle>> agent = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<PlayViewModel>> play = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<AgentFigures>> figures = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Optional<ProjectSession> session = Optional.empty();
    /** Counts projects opened, so runs read for an earlier one are dropped. */
    private long project;
    /** Counts runs chosen, so an agent or figures for an earlier one are dropped. */
    private long loads;

    AgentEvaluationViewModel(UiTasks tasks) {
        this.tasks = tasks;
        this.evaluation = new OneAtATime(tasks);
        run.addListener((o, a, b) -> load(b));
    }

    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        project++;
        cancel();
        runs.clear();
        run.set(null);
        refresh();
    }

    /** Re-reads the agent runs (the screen calls it when shown), keeping the chosen one if it is still there. */
    public void refresh() {
        session.ifPresent(s -> {
            long asked = project;
            tasks.submit(() -> read(new RunStore(s.store())), found -> {
                if (asked != project) {
                    return;
                }
                RunChoice keep = run.get();
                // A run that finished since the last look is the one to see: the newest such one, then the choice.
                Set<Long> before = runs.stream().map(RunChoice::id).collect(Collectors.toSet());
                Optional<RunChoice> arrived = before.isEmpty() ? Optional.empty()
                        : found.stream().filter(c -> !before.contains(c.id())).findFirst();
                runs.setAll(found);
                run.set(arrived.orElseGet(() -> keep == null ? found.stream().findFirst().orElse(null)
                        : RunPick.byId(found, keep.id()).or(() -> found.stream().findFirst()).orElse(null)));
            }, "Cannot read the agent runs");
        });
    }

    /** Agent runs that have saved their agent and are not training now, newest first. */
    static List<RunChoice> read(RunStore store) {
        return store.list().stream().filter(r -> r.kind() == ModelKind.AGENT)
                .filter(r -> r.status() != RunStatus.RUNNING && r.status() != RunStatus.PAUSED)
                .filter(r -> Files.isRegularFile(bundle(store, r.id())))
                .map(AgentEvaluationViewModel::choice).toList();
    }

    private static RunChoice choice(TrainingRun r) {
        return new RunChoice(r.id(), r.name(), r.name() + " (" + r.status().label().toLowerCase(Locale.ROOT) + ")",
                r.kind());
    }

    private static Path bundle(RunStore store, long runId) {
        return new AgentFiles(store.folder(runId)).bundle();
    }

    private void load(RunChoice chosen) {
        long asked = ++loads;
        cancel();
        agent.set(Optional.empty());
        play.set(Optional.empty());
        figures.set(Optional.empty());
        if (chosen == null || session.isEmpty()) {
            status.set("");
            return;
        }
        status.set("Loading " + chosen.name() + "'s agent...");
        RunStore store = new RunStore(session.get().store());
        tasks.submit(() -> AgentBundle.load(bundle(store, chosen.id())), loaded -> {
            if (asked == loads) {
                // The board first: the screen lays out its body when the agent arrives.
                play.set(switch (loaded.environment()) {
                    case TICTACTOE -> Optional.of(new PlayViewModel(loaded.policy()));
                    case CARTPOLE -> Optional.empty();
                });
                agent.set(Optional.of(loaded));
                status.set(NOT_EVALUATED);
            }
        }, failure -> {
            if (asked == loads) {
                status.set("Cannot load " + chosen.name() + "'s agent: " + failure.message());
            }
        });
    }

    /** Plays the loaded agent off the UI thread; the figures replace the last ones when done. */
    public void evaluate() {
        if (agent.get().isEmpty() || evaluation.runningProperty().get()) {
            return;
        }
        AgentBundle loaded = agent.get().get();
        long asked = loads;
        progress.set(-1);
        status.set("Evaluating " + run.get().name() + "...");
        evaluation.start((shown, mine) -> figuresOf(loaded, shown, mine), u -> {
            progress.set(u.fraction());
            status.set(u.message());
        }, done -> {
            if (asked == loads) {
                figures.set(done);
                status.set(done.isEmpty() ? "Evaluation cancelled." : "");
            }
        }, "Cannot evaluate the agent", () -> status.set(""));
    }

    static Optional<AgentFigures> figuresOf(AgentBundle agent, Progress progress, Cancellation cancellation) {
        return switch (agent.environment()) {
            case CARTPOLE -> AgentEvaluation.returns(agent.environment(), agent.policy(), EPISODES, SEED, progress,
                    cancellation).map(r -> AgentFigures.episodes(r, AgentEvaluation.firstEpisode(agent.environment(),
                    agent.policy(), SEED)));
            case TICTACTOE -> AgentEvaluation.games(agent.policy(), GAMES, SEED, progress, cancellation)
                    .map(AgentFigures::games);
        };
    }

    public void cancel() {
        evaluation.cancel();
    }

    public ObservableList<RunChoice> runs() {
        return runs;
    }

    public ObjectProperty<RunChoice> runProperty() {
        return run;
    }

    /** The chosen run's agent once loaded. */
    public ReadOnlyObjectProperty<Optional<AgentBundle>> agentProperty() {
        return agent.getReadOnlyProperty();
    }

    /** The board to play a noughts &amp; crosses agent on; empty for other agents. */
    public ReadOnlyObjectProperty<Optional<PlayViewModel>> playProperty() {
        return play.getReadOnlyProperty();
    }

    /** The last evaluation's figures; empty until Evaluate. */
    public ReadOnlyObjectProperty<Optional<AgentFigures>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return evaluation.runningProperty();
    }

    /** 0..1, or -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
